using System.Data.Common;
using System.Globalization;
using Corroborate.Model;
using Corroborate.Storage.Json;
using Corroborate.Storage.Sql;

namespace Corroborate.Storage;

/// <summary>Reading rows into records (one place that knows the column order).</summary>
public sealed partial class Store
{
    internal const string ArticleColumns =
        "SELECT id, document_id, idx, start_offset, end_offset, title, outlet, published, text, truncated, story_id, event_id, copy_of, copy_kind, jaccard, containment FROM articles";

    internal static StoredArticle ReadArticle(DbDataReader r)
    {
        string id = r.GetString(0);
        string? copyOf = r.NullableString(12);
        CopyLink? copy = copyOf is null ? null
            : new CopyLink(id, copyOf, Enum.Parse<CopyKind>(r.GetString(13)), r.GetDouble(14), r.GetDouble(15));
        return new StoredArticle(
            id,
            r.GetString(1),
            ToInt(r.GetValue(2)),
            ToInt(r.GetValue(3)),
            ToInt(r.GetValue(4)),
            StoredText.ReadNullable(r.NullableString(5)),
            StoredText.ReadNullable(r.NullableString(6)),
            StoredJson.ParseDate(r.NullableString(7)),
            StoredText.Read(r.GetString(8)),
            ToInt(r.GetValue(9)) != 0,
            r.GetString(10),
            r.GetString(11),
            copy);
    }

    private static StoredStory ReadStory(DbDataReader r) =>
        new(StoredJson.ReadStory(r.GetString(0), r.GetString(1)), StoredJson.ParseDate(r.NullableString(2)));

    internal static (long Seq, RawDocument Document) ReadDocument(DbDataReader r) =>
        (Convert.ToInt64(r.GetValue(0), CultureInfo.InvariantCulture),
         new RawDocument(r.GetString(1), r.GetString(2), Enum.Parse<DocumentFormat>(r.GetString(3)), StoredText.Read(r.GetString(4)), StoredJson.ReadDiagnostics(r.GetString(5))));

    private static int ToInt(object value) => Convert.ToInt32(value, CultureInfo.InvariantCulture);
}
