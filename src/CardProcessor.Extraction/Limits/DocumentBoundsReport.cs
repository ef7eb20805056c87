namespace CardProcessor.Extraction.Limits;

/// <summary>What the pre-scan found: the document is inside every bound it checked.</summary>
/// <param name="PageCount">Pages in the page tree.</param>
/// <param name="DecodedBytes">What the streams it decoded inflate to.</param>
/// <param name="MostOperatorsOnAPage">The busiest checked page's operators, its forms included.</param>
/// <param name="PdfLength">Bytes up to the last <c>%%EOF</c>; what follows is not the PDF's.</param>
public sealed record DocumentBoundsReport(int PageCount, long DecodedBytes, long MostOperatorsOnAPage, int PdfLength);
