using Corroborate.Model;

namespace Corroborate.Reading;

/// <summary>Documents already decoded in memory (tests, the synthetic benchmark corpus, a host that fetched them itself).</summary>
public sealed class DocumentList(IEnumerable<RawDocument> documents) : IDocumentSource
{
    public IReadOnlyList<Diagnostic> Problems => [];

    public IEnumerable<RawDocument> Read(DocumentReader reader) => documents;
}
