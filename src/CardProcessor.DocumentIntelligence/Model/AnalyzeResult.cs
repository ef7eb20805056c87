namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>What a model read from a document (the <c>analyzeResult</c> of a succeeded operation).</summary>
public sealed record AnalyzeResult
{
    public string ApiVersion { get; init; } = "";

    public string ModelId { get; init; } = "";

    /// <summary><c>textElements</c>, <c>unicodeCodePoint</c> or <c>utf16CodeUnit</c>: the unit of every span.</summary>
    public string StringIndexType { get; init; } = "";

    /// <summary><c>text</c> or <c>markdown</c>; absent before API 2024-11-30.</summary>
    public string? ContentFormat { get; init; }

    /// <summary>All text of the analyzed pages; every span indexes this string.</summary>
    public string Content { get; init; } = "";

    public IReadOnlyList<DocumentPage> Pages { get; init; } = [];

    public IReadOnlyList<DocumentParagraph>? Paragraphs { get; init; }

    public IReadOnlyList<DocumentTable>? Tables { get; init; }

    public IReadOnlyList<DocumentFigure>? Figures { get; init; }

    public IReadOnlyList<DocumentSection>? Sections { get; init; }

    public IReadOnlyList<DocumentKeyValuePair>? KeyValuePairs { get; init; }

    public IReadOnlyList<DocumentStyle>? Styles { get; init; }

    public IReadOnlyList<DocumentLanguage>? Languages { get; init; }

    public IReadOnlyList<AnalyzedDocument>? Documents { get; init; }

    public IReadOnlyList<DocumentIntelligenceWarning>? Warnings { get; init; }
}
