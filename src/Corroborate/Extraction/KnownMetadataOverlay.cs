using Corroborate.Model;

namespace Corroborate.Extraction;

/// <summary>
/// What a source knew about a document (a feed item's title, outlet, date, author) wins over what extraction read
/// from the page: the main article takes every known value. Other articles of the page (teasers) keep their own.
/// </summary>
internal static class KnownMetadataOverlay
{
    public static ExtractionResult Apply(ExtractionResult extracted, KnownMetadata known)
    {
        if (known.IsEmpty || extracted.Articles.IsEmpty)
        {
            return extracted;
        }

        Article main = extracted.Articles[0];
        Article known0 = main with
        {
            Title = known.Title ?? main.Title,
            Outlet = known.Outlet ?? main.Outlet,
            Published = known.Published ?? main.Published,
            Author = known.Author ?? main.Author,
        };
        return extracted with { Articles = extracted.Articles.SetItem(0, known0) };
    }
}
