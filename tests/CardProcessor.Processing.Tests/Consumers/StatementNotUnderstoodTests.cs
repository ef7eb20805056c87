using System.Security.Cryptography;
using CardProcessor.Contracts;
using CardProcessor.Data.Documents;
using CardProcessor.Data.Sessions;
using CardProcessor.Processing.Extraction;
using CardProcessor.Processing.Storage;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace CardProcessor.Processing.Tests.Consumers;

/// <summary>
/// A statement from which no transaction could be read never ends Extracted with nothing in it:
/// the document fails with a reason a processor understands.
/// </summary>
public sealed class StatementNotUnderstoodTests(ConsumerFixture fixture) : IClassFixture<ConsumerFixture>
{
    // A statement whose rows print the amount first and the date last: three lines that show a
    // date and an amount, none of them a row any reader places in a table.
    private static readonly string[] _lines =
    [
        "Statement Period: 09/01/2026 - 09/30/2026",
        "Amount      Where                 Date",
        "$12.00      COFFEE SHOP           09/02/2026",
        "$8.50       BAKERY                09/05/2026",
        "$40.00      FUEL STATION          09/09/2026",
    ];

    [Fact]
    public async Task A_statement_whose_rows_were_not_read_ends_failed_with_how_many_rows_were_seen_and_is_announced()
    {
        await using var host = await ConsumerHost.StartAsync(fixture);
        var (session, document) = await QueueAsync(host, Pdf(_lines));

        await host.DeliverAsync<ProcessDocumentConsumer, ProcessDocument>(
            new ProcessDocument(document.Id, session.Id, document.BlobName), m => m.DocumentId == document.Id);

        var stored = await host.DocumentAsync(document.Id);
        Assert.Equal(DocumentStatus.Failed, stored.Status);
        Assert.Equal(
            "This statement's layout was not understood: 3 rows with a date and an amount were seen, none read.",
            stored.Error);
        Assert.Equal(
            0,
            await ProcessDocumentConsumerTests.CountAsync(host,
                db => db.Transactions.Where(t => t.DocumentId == document.Id)));
        var announced = Assert.Single(await ProcessDocumentConsumerTests.OutboxAsync(host, document.Id));
        Assert.Equal(new DocumentProcessed(document.Id, session.Id, false, stored.Error), announced.Message);
    }

    private static async Task<(ProcessingSession Session, SourceDocument Document)> QueueAsync(ConsumerHost host,
        byte[] pdf)
    {
        var session = new ProcessingSession
        {
            Id = Guid.CreateVersion7(),
            Name = "September 2026",
            PeriodStart = new DateOnly(2026, 9, 1),
            PeriodEnd = new DateOnly(2026, 9, 30),
            CreatedBy = "tests",
        };
        var document = new SourceDocument
        {
            Id = Guid.CreateVersion7(),
            SessionId = session.Id,
            Kind = SourceDocumentKind.Statement,
            FileName = "statement.pdf",
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf)),
            BlobName = DocumentBlobs.NameFor(session.Id, Guid.NewGuid()),
            UploadedBy = "tests",
        };
        using (var stream = new MemoryStream(pdf))
        {
            await host.Store.UploadAsync(document.BlobName, stream, "application/pdf", CancellationToken.None);
        }

        session.Reach(SessionStatus.Processing, ConsumerHost.Now, [document]);
        await host.WithDbAsync(async db =>
        {
            db.Sessions.Add(session);
            return await db.SaveChangesAsync();
        });
        return (session, document);
    }

    /// <summary>One page of fixed-pitch text with a real text layer, one string per line.</summary>
    private static byte[] Pdf(string[] lines)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Courier);
        var page = builder.AddPage(612, 792);
        for (var i = 0; i < lines.Length; i++)
        {
            page.AddText(lines[i], 10, new PdfPoint(40, 740 - (i * 16)), font);
        }

        return builder.Build();
    }
}
