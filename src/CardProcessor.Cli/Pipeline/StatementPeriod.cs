using CardProcessor.Extraction;

namespace CardProcessor.Cli.Pipeline;

/// <summary>The billing period a statement prints, read locally so the session can be created before upload.</summary>
internal static class StatementPeriod
{
    public static (DateOnly Start, DateOnly End)? Read(FileInfo statement)
    {
        using var pdf = statement.OpenRead();
        var document = new DocumentExtractor().Extract(PdfLayoutReader.ReadPages(pdf));
        return document is { PeriodStart: { } start, PeriodEnd: { } end } ? (start, end) : null;
    }
}
