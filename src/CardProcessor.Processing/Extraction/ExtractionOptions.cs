namespace CardProcessor.Processing.Extraction;

public sealed class ExtractionOptions
{
    public const string SectionName = "Extraction";

    public ExtractionMode Mode { get; set; } = ExtractionMode.Auto;

    /// <summary>
    /// Folder for the PDF copy a worker reads from (PdfPig needs a seekable file); the system temp folder when empty.
    /// </summary>
    public string? WorkFolder { get; set; }
}
