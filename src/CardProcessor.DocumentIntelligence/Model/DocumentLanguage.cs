namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>A detected language (<c>features=languages</c>).</summary>
/// <param name="Locale">BCP-47 tag, e.g. <c>en</c>, <c>de-CH</c>.</param>
public sealed record DocumentLanguage(string Locale, IReadOnlyList<DocumentSpan> Spans, double Confidence);
