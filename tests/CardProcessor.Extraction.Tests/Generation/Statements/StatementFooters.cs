namespace CardProcessor.Extraction.Tests.Generation.Statements;

/// <summary>
/// Page footers: page numbers at the bottom margin, or furniture printed right under a page's
/// last row (page numbers, the company line, or both), between the rows of a page break.
/// </summary>
internal static class StatementFooters
{
    public static void Add(GeneratedPages pages, StatementStyle style, string company, IReadOnlyList<double> pageEnds,
        double margin, double pitch)
    {
        for (var i = 0; i < pages.Count; i++)
        {
            var page = $"Page {i + 1} of {pages.Count}";
            var underLastRow = pageEnds[i] + (pitch * 0.4);
            switch (style.Footer)
            {
                case FooterStyle.UnderLastRow:
                    pages.TextOn(i, page, pages.Width / 2, underLastRow, style.Size);
                    break;
                case FooterStyle.CompanyUnderLastRow:
                    pages.TextOn(i, company, margin, underLastRow, style.Size);
                    break;
                case FooterStyle.CompanyAndPageUnderLastRow:
                    pages.TextOn(i, $"{company} | {page}", pages.Width / 2, underLastRow, style.Size);
                    break;
                default:
                    if (style.PageNumbers)
                    {
                        pages.TextOn(i, page, pages.Width / 2, pages.Height - 30, style.Size);
                    }

                    break;
            }
        }
    }
}
