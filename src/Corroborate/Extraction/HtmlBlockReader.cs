namespace Corroborate.Extraction;

internal static class HtmlBlockReader
{
    public static (List<SourceLine> Lines, PageMetadata Meta) Read(string html) => (PlainTextLineReader.Read(html), PageMetadata.None);
}
