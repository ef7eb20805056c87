using System.ComponentModel.DataAnnotations;

namespace CardProcessor.Extraction.Limits;

/// <summary>
/// The bounds every document is read under, the same in the API's upload check, the worker and the
/// CLI (section <c>Extraction:Limits</c>). The defaults leave the largest real statement (251 pages,
/// 17 MB) several times inside each bound; docs/decisions/0007-document-bounds.md says which
/// mechanism enforces which bound.
/// </summary>
public sealed class DocumentLimits
{
    public const string SectionName = "Extraction:Limits";

    /// <summary>The largest file accepted, also the API's upload limit.</summary>
    [Range(1024, 2L * 1024 * 1024 * 1024)]
    public long MaxFileBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>What one stream may inflate to (page content, font, image, object stream).</summary>
    [Range(1024, 4L * 1024 * 1024 * 1024)]
    public long MaxStreamBytes { get; set; } = 64L * 1024 * 1024;

    /// <summary>What all of a document's streams together may inflate to.</summary>
    [Range(1024, 16L * 1024 * 1024 * 1024)]
    public long MaxDocumentBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>Content operators on one page, its forms included (a dense statement page has a few
    /// thousand).</summary>
    [Range(100, 100_000_000)]
    public int MaxOperatorsPerPage { get; set; } = 250_000;

    [Range(1, 1_000_000)]
    public int MaxPages { get; set; } = 2_000;

    /// <summary>Indirect objects in the file; each costs the pre-scan a table entry.</summary>
    [Range(100, 100_000_000)]
    public int MaxObjects { get; set; } = 1_000_000;

    /// <summary>Arrays and dictionaries inside one another, and page-tree levels.</summary>
    [Range(8, 10_000)]
    public int MaxNestingDepth { get; set; } = 100;

    [Range(typeof(TimeSpan), "00:00:00.001", "01:00:00")]
    public TimeSpan MaxPageTime { get; set; } = TimeSpan.FromSeconds(10);

    [Range(typeof(TimeSpan), "00:00:00.001", "10:00:00")]
    public TimeSpan MaxDocumentTime { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// The managed heap one extraction may use. The decoded-bytes and operator bounds keep a document
    /// well inside it; the CLI also caps its own heap at this size (GCHeapHardLimit).
    /// </summary>
    [Range(64L * 1024 * 1024, 64L * 1024 * 1024 * 1024)]
    public long MaxExtractionMemoryBytes { get; set; } = 512L * 1024 * 1024;
}
