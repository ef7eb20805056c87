namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>A label and its value (<c>features=keyValuePairs</c>); the value is absent for an unfilled label.</summary>
public sealed record DocumentKeyValuePair(DocumentKeyValueElement Key, double Confidence,
    DocumentKeyValueElement? Value = null);
