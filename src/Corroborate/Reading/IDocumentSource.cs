using Corroborate.Model;

namespace Corroborate.Reading;

/// <summary>
/// Where documents come from: files, a feed, a JSONL dump, a web archive. A source yields each document once, read and
/// decoded, in a stable order, with its origin and what it already knows about it (<see cref="RawDocument.Known"/>).
/// It never throws for bad input: a document that cannot be read is yielded with an error diagnostic, and a problem
/// of the source itself (an unreadable feed) is reported through <see cref="Problems"/>.
/// A new input format is one class implementing this interface (see docs/architecture.md).
/// </summary>
public interface IDocumentSource
{
    /// <summary>Problems of the source itself, known once <see cref="Read"/> has been enumerated.</summary>
    IReadOnlyList<Diagnostic> Problems { get; }

    /// <summary>The documents, decoded with <paramref name="reader"/>'s options.</summary>
    IEnumerable<RawDocument> Read(DocumentReader reader);
}
