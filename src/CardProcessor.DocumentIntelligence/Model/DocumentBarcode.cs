namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>A barcode (<c>features=barcodes</c>).</summary>
/// <param name="Kind">Symbology, e.g. <c>QRCode</c>, <c>Code128</c>.</param>
public sealed record DocumentBarcode(string Kind, string Value, IReadOnlyList<double>? Polygon, DocumentSpan Span,
    double Confidence);
