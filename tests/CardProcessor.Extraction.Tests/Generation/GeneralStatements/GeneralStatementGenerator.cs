namespace CardProcessor.Extraction.Tests.Generation.GeneralStatements;

/// <summary>
/// Generates statements in layouts no family of the spec describes, imitating real ones (two-line
/// headers, month-name dates, CR suffixes, descriptions above their row, side panels, sections),
/// for the general reader.
/// </summary>
internal static class GeneralStatementGenerator
{
    public static GeneratedDocument Generate(int seed)
    {
        var random = new Random(seed);
        var style = GeneralStatementStyle.Random(random);
        var data = GeneralStatementData.Generate(random, style.Sections);
        var pdf = GeneralStatementLayout.Render(data, style);
        return new GeneratedDocument($"general statement seed {seed} ({style})", pdf,
            GeneralStatementGroundTruth.For(data, style));
    }
}
