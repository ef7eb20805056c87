namespace CardProcessor.Extraction.GeneralStatements;

/// <summary>A heading inside the table (<c>PAYMENTS AND CREDITS</c>, <c>PURCHASES</c>) and the rows under it.</summary>
internal sealed class GeneralSection(string heading, int page)
{
    public string Heading { get; } = heading;

    public int Page { get; } = page;

    public decimal Sum { get; set; }

    public int RowCount { get; set; }

    /// <summary>The section's printed total, once read.</summary>
    public decimal? Total { get; set; }

    public int? TotalPage { get; set; }
}
