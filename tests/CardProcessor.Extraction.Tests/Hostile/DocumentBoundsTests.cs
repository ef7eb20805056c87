using System.Diagnostics;
using CardProcessor.Extraction.Limits;
using CardProcessor.Extraction.Tests.Fixtures;

namespace CardProcessor.Extraction.Tests.Hostile;

public sealed class DocumentBoundsTests(ITestOutputHelper output)
{
    [Fact]
    public void A_real_statement_is_inside_every_bound_and_its_streams_are_measured()
    {
        var pdf = File.ReadAllBytes(SharedFixtures.PathOf("car/" + HostileStatements.FixtureName));

        var report = DocumentBounds.Check(pdf, new DocumentLimits());

        Assert.Equal(9, report.PageCount);
        Assert.InRange(report.MostOperatorsOnAPage, 100, 250_000);
        Assert.InRange(report.DecodedBytes, 100_000, 256L * 1024 * 1024);
        Assert.InRange(report.PdfLength, pdf.Length - 2, pdf.Length);
    }

    [Fact]
    public void An_encrypted_statement_without_a_user_password_is_decrypted_and_measured()
    {
        // The real TD statement is RC4-encrypted with an owner password only: its content must be
        // decrypted before it can be inflated and counted, or the bounds would see noise.
        var pdf = File.ReadAllBytes(SharedFixtures.PathOf("real/td-visa-2014.pdf"));

        var report = DocumentBounds.Check(pdf, new DocumentLimits());

        Assert.InRange(report.MostOperatorsOnAPage, 100, 250_000);
    }

    [Fact]
    public void An_encrypted_statement_is_still_read_under_the_limits()
    {
        using var pdf = File.OpenRead(SharedFixtures.PathOf("real/td-visa-2014.pdf"));

        var pages = PdfLayoutReader.ReadPages(pdf, new DocumentLimits()).ToList();

        Assert.Contains(pages, p => p.HasText);
    }

    [Fact]
    public void Reading_beyond_the_time_per_document_fails_naming_the_bound()
    {
        using var pdf = File.OpenRead(SharedFixtures.PathOf("car/" + HostileStatements.FixtureName));
        var limits = new DocumentLimits { MaxDocumentTime = TimeSpan.FromMilliseconds(1) };

        var error = Assert.Throws<DocumentLimitExceededException>(() => PdfLayoutReader.ReadPages(pdf, limits)
            .ToList());

        Assert.Equal(DocumentBound.DocumentTime, error.Bound);
        Assert.Contains("per-document limit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_bomb_page_of_a_statement_is_named_by_its_page_number()
    {
        var pdf = HostileCorpus.Named("statement-with-bomb-page").Build();

        var error = Assert.Throws<DocumentLimitExceededException>(() =>
            DocumentBounds.Check(pdf, new DocumentLimits()));

        Assert.Equal(DocumentBound.StreamBytes, error.Bound);
        Assert.Equal("Page 10's content inflates beyond the 64 MiB per-stream limit.", error.Message);
    }

    [Fact]
    public void The_first_page_look_at_a_padded_statement_reads_only_up_to_its_end_marker()
    {
        using var plain = File.OpenRead(HostileStatements.StatementPath);
        var stopwatch = Stopwatch.StartNew();
        PdfLayoutReader.ReadFirstPages(plain, new DocumentLimits(), pages: 1);
        output.WriteLine($"first-page look at the statement itself: {stopwatch.ElapsedMilliseconds} ms");
        using var pdf = new MemoryStream(HostileStatements.PaddedTo(HostileCorpus.DefaultMaxFileBytes));
        stopwatch.Restart();

        var (bounds, pages) = PdfLayoutReader.ReadFirstPages(pdf, new DocumentLimits(), pages: 1);

        output.WriteLine($"first-page look at a 64 MiB padded statement: {stopwatch.ElapsedMilliseconds} ms");
        Assert.Equal(9, bounds.PageCount);
        Assert.Single(pages);
        Assert.True(bounds.PdfLength < 1_000_000);
    }
}
