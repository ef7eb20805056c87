extern alias emulator;

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CardProcessor.Api.Tests.Infrastructure;
using emulator::DocumentIntelligenceEmulator.Sidecars;

namespace CardProcessor.Api.Tests.EndToEnd;

/// <summary>
/// The whole pipeline through the API and worker processes, checked against the fixtures' ground truth.
/// </summary>
public sealed class PipelineTests(PipelineFixture pipeline) : IClassFixture<PipelineFixture>
{
    private readonly HttpClient _processor = pipeline.ClientFor("Processor");

    [Fact]
    public async Task A_statement_and_its_receipt_report_are_processed_into_every_cardholder_transaction_and_receipt()
    {
        var statementPath = Fixtures.Car("car-2001-001.pdf");
        var receiptsPath = Fixtures.Car("receipt-images-2001-001.pdf");
        var statement = GroundTruth.Load(statementPath);
        var receiptReport = GroundTruth.Load(receiptsPath);

        var sessionId = await ProcessAsync(statementPath, receiptsPath);

        var cards = await ReadAllAsync($"/api/v1/sessions/{sessionId}/cards");
        Assert.Equal(statement.Cardholders.Count(), cards.Count);
        foreach (var holder in statement.Cardholders)
        {
            var card = Assert.Single(
                cards,
                c => c.GetProperty("last4").GetString() == holder.GetProperty("card_last4").GetString()
                && c.GetProperty("holderName").GetString() == holder.GetProperty("name").GetString());
            Assert.Equal(holder.GetProperty("employee_id").GetString(), card.GetProperty("employeeNumber").GetString());
            Assert.Equal(holder.GetProperty("is_vehicle").GetBoolean(), card.GetProperty("isVehicle").GetBoolean());
            Assert.Equal(Money(holder.GetProperty("total")), card.GetProperty("printedTotal").GetDecimal());
            Assert.Equal(Money(holder.GetProperty("total")), card.GetProperty("transactionTotal").GetDecimal());
        }

        var transactions = await ReadAllAsync($"/api/v1/sessions/{sessionId}/transactions");
        Assert.Equal(statement.Transactions.Count(), transactions.Count);
        foreach (var (holder, expected) in statement.Transactions)
        {
            var actual = Assert.Single(
                transactions,
                t => t.GetProperty("reference").GetString() == expected.GetProperty("reference").GetString()
                && t.GetProperty("cardLast4").GetString() == holder.GetProperty("card_last4").GetString());
            Assert.Equal(
                expected.GetProperty("transaction_date").GetString(),
                actual.GetProperty("transactionDate").GetString());
            Assert.Equal(
                expected.GetProperty("posting_date").GetString(),
                actual.GetProperty("postingDate").GetString());
            Assert.Equal(expected.GetProperty("merchant").GetString(), actual.GetProperty("merchant").GetString());
            Assert.Equal(
                expected.GetProperty("merchant_group").GetString(),
                actual.GetProperty("merchantGroup").GetString());
            // Exactly the statement's cents, as a JSON number.
            Assert.Equal(expected.GetProperty("amount").GetString(), actual.GetProperty("amount").GetRawText());
            Assert.Equal(
                expected.GetProperty("line_items").GetArrayLength(),
                actual.GetProperty("lineItems").GetArrayLength());
        }

        Assert.Equal(statement.GrandTotal, transactions.Sum(t => t.GetProperty("amount").GetDecimal()));

        var people = await ReadAllAsync($"/api/v1/sessions/{sessionId}/employees");
        foreach (var holder in statement.Cardholders.Where(h => !h.GetProperty("is_vehicle").GetBoolean()))
        {
            Assert.Contains(
                people,
                p => p.GetProperty("employeeNumber").GetString() == holder.GetProperty("employee_id").GetString()
                && p.GetProperty("name").GetString() == holder.GetProperty("name").GetString());
        }

        var receipts = await ReadAllAsync($"/api/v1/sessions/{sessionId}/receipts");
        Assert.Equal(receiptReport.Receipts.Count(), receipts.Count);
        var references = transactions.ToDictionary(
            t => t.GetProperty("id").GetString()!,
            t => t.GetProperty("reference").GetString());
        foreach (var expected in receiptReport.Receipts)
        {
            var actual = Assert.Single(
                receipts,
                r => r.GetProperty("expenseTransactionId")
                    .GetString() == expected
                    .GetProperty("transaction_id")
                    .GetString());
            Assert.Equal(expected.GetProperty("amount").GetString(), actual.GetProperty("amount").GetRawText());
            // The receipt pays the charge its ground truth says, found by employee, amount, date and merchant.
            var match = actual.GetProperty("match");
            Assert.Equal("Matched", match.GetProperty("status").GetString());
            Assert.Equal(
                expected.GetProperty("matches_reference").GetString(),
                match.GetProperty("transactionReference").GetString());
        }

        var issues = await ReadAllAsync($"/api/v1/sessions/{sessionId}/issues");
        Assert.DoesNotContain(
            issues,
            i => i.GetProperty("rule")
                .GetString() is "totals-mismatch" or "document-failed" or "receipt-without-charge");
        var missingAttachments = receiptReport.Receipts.Count(r => !r.GetProperty("has_attachment").GetBoolean());
        Assert.Equal(missingAttachments, issues.Count(i => i.GetProperty("rule").GetString() == "missing-attachment"));
        var vehicles = statement.Cardholders.Count(h => h.GetProperty("is_vehicle").GetBoolean());
        Assert.Equal(vehicles, issues.Count(i => i.GetProperty("rule").GetString() == "unassigned-card"));
    }

    [Fact]
    public async Task A_document_that_cannot_be_read_fails_with_its_reason_and_the_session_still_completes()
    {
        var session = await _processor.CreateSessionAsync("Broken upload", "2026-09-01", "2026-09-30");
        var sessionId = session.GetProperty("id").GetString()!;
        var invoice = Path.Combine(TestEnvironment.SharedFixtures, "docintel", "documents", "invoice.pdf");
        using (
            var upload = await _processor.PostAsync(
                $"/api/v1/sessions/{sessionId}/documents",
                Fixtures.Upload(invoice, kind: "Statement")))
        {
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        }

        var progress = await StartAndWaitAsync(sessionId);

        Assert.Equal("Failed", progress.GetProperty("status").GetString());
        var document = Assert.Single(progress.GetProperty("documents").EnumerateArray());
        Assert.Equal("Failed", document.GetProperty("status").GetString());
        Assert.Contains("expected", document.GetProperty("error").GetString(), StringComparison.OrdinalIgnoreCase);
        var issues = await ReadAllAsync($"/api/v1/sessions/{sessionId}/issues");
        Assert.Contains(issues, i => i.GetProperty("rule").GetString() == "document-failed");
    }

    [Fact]
    public async Task A_poison_message_goes_to_the_error_queue_and_does_not_block_the_next_document()
    {
        await pipeline.Broker.PublishRawAsync("CardProcessor.Contracts:ProcessDocument", "this is not json");
        const string NotAGuid = """
        {"message":{"documentId":"not-a-guid"},"messageType":["urn:message:CardProcessor.Contracts:ProcessDocument"]}
        """;
        await pipeline.Broker.PublishRawAsync("CardProcessor.Contracts:ProcessDocument", NotAGuid);

        var sessionId = await ProcessAsync(
            Fixtures.Car("car-2001-002.pdf"),
            Fixtures.Car("receipt-images-2001-002.pdf"));

        var cards = await ReadAllAsync($"/api/v1/sessions/{sessionId}/cards");
        Assert.Equal(GroundTruth.Load(Fixtures.Car("car-2001-002.pdf")).Cardholders.Count(), cards.Count);
        // The management API refreshes queue statistics every few seconds.
        var parked = 0;
        for (var attempt = 0; attempt < 60 && parked < 2; attempt++)
        {
            await Task.Delay(250);
            parked = (
                await pipeline.Broker.QueueDepthAsync(
                    "process-document_error") ?? 0) + (
                        await pipeline.Broker.QueueDepthAsync("process-document_skipped") ?? 0);
        }

        Assert.True(
            parked >= 2,
            $"both poison messages should be parked in process-document_error or _skipped, found {parked}");
    }

    [Fact]
    public async Task A_scanned_statement_is_read_through_Document_Intelligence_into_the_same_result_as_its_text_pdf()
    {
        var textPdf = Fixtures.Car("car-2001-002.pdf");
        var scanned = ScannedPdf.From(textPdf);
        var pages = EmulatorSidecars.PagesFromTextPdf(await File.ReadAllBytesAsync(textPdf));
        EmulatorSidecars.Write(pipeline.SidecarDirectory, scanned, pages);
        var session = await _processor.CreateSessionAsync("Scanned", "2026-09-01", "2026-09-30");
        var sessionId = session.GetProperty("id").GetString()!;
        var url = $"/api/v1/sessions/{sessionId}/documents";

        using (var unnamed = await _processor.PostAsync(url, Fixtures.Upload(scanned, "scan.pdf")))
        {
            // No text layer: the kind cannot be recognised at upload, so the processor names it.
            Assert.Equal(HttpStatusCode.BadRequest, unnamed.StatusCode);
        }

        using (var upload = await _processor.PostAsync(url, Fixtures.Upload(scanned, "scan.pdf", kind: "Statement")))
        {
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        }

        var progress = await StartAndWaitAsync(sessionId);

        var document = Assert.Single(progress.GetProperty("documents").EnumerateArray());
        Assert.True(
            document.GetProperty("status").GetString() == "Extracted",
            $"{progress}{Environment.NewLine}{pipeline.Worker.RecentOutput}");
        Assert.Equal("DocumentIntelligence", document.GetProperty("extractor").GetString());
        Assert.Equal(4, document.GetProperty("pagesByDocumentIntelligence").GetInt32());
        var truth = GroundTruth.Load(textPdf);
        var cards = await ReadAllAsync($"/api/v1/sessions/{sessionId}/cards");
        Assert.Equal(
            truth.Cardholders.Select(c => c.GetProperty("card_last4").GetString()),
            cards.Select(c => c.GetProperty("last4").GetString()));
        var transactions = await ReadAllAsync($"/api/v1/sessions/{sessionId}/transactions");
        Assert.Equal(
            truth.Transactions.Select(
                t => (
                    t.Transaction.GetProperty("reference").GetString(),
                    t.Transaction.GetProperty("amount").GetString(),
                    t.Transaction.GetProperty("merchant").GetString(),
                    t.Transaction.GetProperty("transaction_date").GetString())),
            transactions.Select(
                t => (
                    t.GetProperty("reference").GetString(),
                    (string?)t.GetProperty("amount").GetRawText(),
                    t.GetProperty("merchant").GetString(),
                    t.GetProperty("transactionDate").GetString())));

        // The cost metric: pages sent to the service, by extractor.
        using var metrics = new HttpClient { BaseAddress = pipeline.Worker.Address };
        var exposition = await metrics.GetStringAsync("/metrics");
        var line = exposition.Split('\n')
            .Single(
                l => l.StartsWith(
                    "cardprocessor_pages_extracted_total{extractor=\"document_intelligence\"}",
                    StringComparison.Ordinal));
        Assert.True(double.Parse(line.Split(' ')[^1], CultureInfo.InvariantCulture) >= 4, line);
    }

    [Fact]
    public async Task A_redelivered_message_changes_nothing()
    {
        var sessionId = await ProcessAsync(
            Fixtures.Car("car-2001-002.pdf"),
            Fixtures.Car("receipt-images-2001-002.pdf"));
        var documents = await _processor.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/documents");
        var transactionsBefore = (await ReadAllAsync($"/api/v1/sessions/{sessionId}/transactions")).Count;
        var receiptsBefore = (await ReadAllAsync($"/api/v1/sessions/{sessionId}/receipts")).Count;

        // The broker delivers the same command again (a redelivery after a lost acknowledgement).
        foreach (var document in documents.EnumerateArray())
        {
            var envelope = JsonSerializer.Serialize(new
            {
                messageId = Guid.NewGuid(),
                messageType = new[] { "urn:message:CardProcessor.Contracts:ProcessDocument" },
                message = new
                {
                    documentId = document.GetProperty("id").GetString(),
                    sessionId = sessionId,
                    blobName = "ignored",
                },
            });
            await pipeline.Broker.PublishRawAsync("CardProcessor.Contracts:ProcessDocument", envelope);
        }

        var consumed = false;
        for (var attempt = 0; attempt < 60 && !consumed; attempt++)
        {
            await Task.Delay(250);
            consumed = await pipeline.Broker.QueueDepthAsync("process-document") == 0
                && pipeline.Worker.RecentOutput.Split('\n')
                    .Count(l => l.Contains("redelivery ignored", StringComparison.Ordinal)) >= 2;
        }

        Assert.True(consumed, pipeline.Worker.RecentOutput);
        Assert.Equal(transactionsBefore, (await ReadAllAsync($"/api/v1/sessions/{sessionId}/transactions")).Count);
        Assert.Equal(receiptsBefore, (await ReadAllAsync($"/api/v1/sessions/{sessionId}/receipts")).Count);
        var progress = await _processor.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/progress");
        Assert.All(
            progress.GetProperty("documents").EnumerateArray(),
            d => Assert.Equal(1, d.GetProperty("attempts").GetInt32()));
    }

    private async Task<string> ProcessAsync(string statementPath, string receiptsPath)
    {
        var session = await _processor.CreateSessionAsync("Pipeline", "2026-01-01", "2026-12-31");
        var sessionId = session.GetProperty("id").GetString()!;
        foreach (var path in new[] { statementPath, receiptsPath })
        {
            using var upload = await _processor.PostAsync(
                $"/api/v1/sessions/{sessionId}/documents",
                Fixtures.Upload(path));
            Assert.Equal(HttpStatusCode.Created, upload.StatusCode);
        }

        var progress = await StartAndWaitAsync(sessionId);
        Assert.True(
            progress.GetProperty("status").GetString() == "Review"
                && progress.GetProperty("documents")
                    .EnumerateArray()
                    .All(d => d.GetProperty("status").GetString() == "Extracted"),
            $"session ended {progress}{Environment.NewLine}{pipeline.Worker.RecentOutput}");
        return sessionId;
    }

    private async Task<JsonElement> StartAndWaitAsync(string sessionId)
    {
        using (var start = await _processor.PostAsync($"/api/v1/sessions/{sessionId}/process", null))
        {
            Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        }

        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            var progress = await _processor.GetFromJsonAsync<JsonElement>($"/api/v1/sessions/{sessionId}/progress");
            if (progress.GetProperty("status").GetString() is "Review" or "Failed")
            {
                return progress;
            }

            Assert.True(
                DateTime.UtcNow < deadline,
                $"processing did not finish: {progress}{Environment.NewLine}{pipeline.Worker.RecentOutput}");
            await Task.Delay(250);
        }
    }

    private async Task<List<JsonElement>> ReadAllAsync(string path)
    {
        var items = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var result = await _processor.GetFromJsonAsync<JsonElement>($"{path}?page={page}&pageSize=500");
            items.AddRange(result.GetProperty("items").EnumerateArray());
            if (items.Count >= result.GetProperty("total").GetInt32())
            {
                return items;
            }
        }
    }

    private static decimal Money(JsonElement value) => decimal.Parse(value.GetString()!, CultureInfo.InvariantCulture);
}
