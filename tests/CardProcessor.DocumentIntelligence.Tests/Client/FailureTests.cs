using System.Diagnostics;
using Azure;
using CardProcessor.DocumentIntelligence.Tests.Support;

namespace CardProcessor.DocumentIntelligence.Tests.Client;

public sealed class FailureTests(EmulatorFixture emulator) : IClassFixture<EmulatorFixture>
{
    private static readonly byte[] _pdf = SharedFixtures.Bytes("car", "car-2001-002.pdf");

    [Fact]
    public async Task Failed_operation_throws_with_the_services_code_and_detail()
    {
        var client = emulator.CreateClient("outcome=failed");

        var error = await Assert.ThrowsAsync<DocumentAnalysisFailedException>(
            () =>
                client.AnalyzeLayoutAsync(new MemoryStream(_pdf),
                cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("failed", error.Status);
        Assert.Equal("prebuilt-layout", error.ModelId);
        Assert.Equal("InternalServerError", error.ErrorCode);
        Assert.Equal("InvalidContentDimensions", error.InnerErrorCode);
        Assert.NotNull(error.ResultId);
        Assert.Contains("InternalServerError: An unexpected error occurred.", error.Message, StringComparison.Ordinal);
        Assert.Contains("InvalidContentDimensions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Failed_operation_with_an_inner_error_reports_the_inner_code()
    {
        var client = emulator.CreateClient("outcome=failed:InvalidContentLength");

        var error = await Assert.ThrowsAsync<DocumentAnalysisFailedException>(
            () =>
                client.AnalyzeLayoutAsync(new MemoryStream(_pdf),
                cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("InvalidRequest", error.ErrorCode);
        Assert.Equal("InvalidContentLength", error.InnerErrorCode);
    }

    [Fact]
    public async Task Canceled_operation_throws()
    {
        var client = emulator.CreateClient("outcome=canceled");

        var error = await Assert.ThrowsAsync<DocumentAnalysisFailedException>(
            () =>
                client.AnalyzeLayoutAsync(new MemoryStream(_pdf),
                cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal("canceled", error.Status);
        Assert.Null(error.Error);
    }

    [Fact]
    public async Task An_operation_that_never_ends_times_out()
    {
        var client = emulator.CreateClient("outcome=never",
            options => options.AnalyzeTimeout = TimeSpan.FromMilliseconds(400));
        var stopwatch = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<TimeoutException>(
            () =>
                client.AnalyzeLayoutAsync(new MemoryStream(_pdf),
                cancellationToken: TestContext.Current.CancellationToken));

        Assert.InRange(stopwatch.Elapsed, TimeSpan.FromMilliseconds(350), TimeSpan.FromSeconds(5));
        Assert.Contains("prebuilt-layout", error.Message, StringComparison.Ordinal);
        Assert.IsAssignableFrom<OperationCanceledException>(error.InnerException);
    }

    [Fact]
    public async Task Cancellation_by_the_caller_is_not_reported_as_a_timeout()
    {
        var client = emulator.CreateClient("outcome=never");
        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cancellation.CancelAfter(TimeSpan.FromMilliseconds(300));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => client.AnalyzeLayoutAsync(new MemoryStream(_pdf), cancellationToken: cancellation.Token));
    }

    [Fact]
    public async Task Wrong_key_is_rejected_with_the_services_access_denied_error()
    {
        var client = emulator.CreateClient(key: "not-the-key");

        var error = await Assert.ThrowsAsync<RequestFailedException>(
            () =>
                client.AnalyzeLayoutAsync(new MemoryStream(_pdf),
                cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(401, error.Status);
        Assert.Equal("401", error.ErrorCode);
        Assert.Contains("Access denied due to invalid subscription key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Content_that_is_neither_pdf_nor_image_is_rejected_as_invalid_content()
    {
        var client = emulator.CreateClient();

        var error = await Assert.ThrowsAsync<RequestFailedException>(
            () =>
                client.AnalyzeLayoutAsync(new MemoryStream("just text"u8.ToArray()),
                cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(400, error.Status);
        Assert.Equal("InvalidRequest", error.ErrorCode);
        Assert.Equal("InvalidContent", error.Data["InnerErrorCode"]);
        Assert.Contains("InvalidContent", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_model_is_not_found()
    {
        var client = emulator.CreateClient();

        var error = await Assert.ThrowsAsync<RequestFailedException>(
            () =>
                client.AnalyzeDocumentAsync("custom-statements-v1", BinaryData.FromBytes(_pdf),
                cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(404, error.Status);
        Assert.Equal("NotFound", error.ErrorCode);
        Assert.Equal("ModelNotFound", error.Data["InnerErrorCode"]);
    }

    [Theory]
    [InlineData("bad model id")]
    [InlineData("x")]
    public async Task Model_ids_the_service_would_refuse_are_rejected_before_sending(string modelId)
    {
        var start = emulator.RequestCount;

        await Assert.ThrowsAsync<ArgumentException>(
            () =>
                emulator.CreateClient()
                .AnalyzeDocumentAsync(modelId, BinaryData.FromBytes(_pdf),
                cancellationToken: TestContext.Current.CancellationToken));

        Assert.Equal(start, emulator.RequestCount);
    }
}
