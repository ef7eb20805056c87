namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>Where an element lies: a page and a polygon in that page's <see cref="DocumentPage.Unit"/>.</summary>
/// <param name="PageNumber">1-based page number.</param>
/// <param name="Polygon">Flat <c>[x1, y1, …, x4, y4]</c>, clockwise from the top-left corner.</param>
public sealed record BoundingRegion(int PageNumber, IReadOnlyList<double> Polygon);
