using System.Globalization;

namespace DocumentIntelligenceEmulator.Faults;

/// <summary>
/// A script of faults for one analysis, from the <c>x-emulator-faults</c> request header of the analyze POST (or
/// the <c>--faults</c> default): comma-separated items, e.g. <c>analyze=429*2, poll=503, running=3,
/// retry-after=0, outcome=failed</c>.
/// <list type="bullet">
/// <item><c>analyze=STATUS[*N]</c>: the first N attempts (default 1) of the analyze request get that HTTP error.
/// Attempts are counted per <c>x-ms-client-request-id</c>, which Azure.Core keeps across the retries of one
/// call.</item>
/// <item><c>poll=STATUS[*N]</c>: the first N polls of the operation get that HTTP error.</item>
/// <item><c>running=N</c>: N polls answer <c>running</c> before the end (default <c>--running-polls</c>).</item>
/// <item><c>retry-after=S</c>: the <c>Retry-After</c> of the 202, of <c>running</c> polls and of 429s.</item>
/// <item><c>outcome=succeeded|failed|failed:INNERCODE|canceled|never</c>: how the operation ends.</item>
/// </list>
/// </summary>
public sealed record FaultScript
{
    public const string HeaderName = "x-emulator-faults";

    public static FaultScript None { get; } = new();

    public HttpFault? Analyze { get; init; }

    public HttpFault? Poll { get; init; }

    public int? RunningPolls { get; init; }

    public int? RetryAfterSeconds { get; init; }

    public OperationOutcome Outcome { get; init; } = OperationOutcome.Succeeded;

    /// <summary>The <c>innererror</c> code of a failed outcome; without it the error mirrors the service's documented
    /// example.</summary>
    public string? FailureCode { get; init; }

    /// <exception cref="FormatException">The script has an unknown item or a bad number.</exception>
    public static FaultScript Parse(string? script)
    {
        var result = None;
        foreach (var item in (script ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var (name, value) = item.IndexOf('=', StringComparison.Ordinal) is var at and > 0
                ? (item[..at].Trim().ToLowerInvariant(), item[(at + 1)..].Trim())
                : throw new FormatException($"'{item}' is not name=value.");
            result = name switch
            {
                "analyze" => result with { Analyze = HttpFault.Parse(value) },
                "poll" => result with { Poll = HttpFault.Parse(value) },
                "running" => result with { RunningPolls = Count(value) },
                "retry-after" => result with { RetryAfterSeconds = Count(value) },
                "outcome" => ParseOutcome(result, value),
                _ =>
                    throw new FormatException(
                    $"'{name}' is not a fault; use analyze, poll, running, retry-after or outcome."),
            };
        }

        return result;
    }

    private static FaultScript ParseOutcome(FaultScript script, string value)
    {
        var (outcome, code) = value.IndexOf(':', StringComparison.Ordinal) is var at and > 0
            ? (value[..at], value[(at + 1)..]) : (value, null);
        return Enum.TryParse<OperationOutcome>(outcome, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed)
            ? script with { Outcome = parsed, FailureCode = string.IsNullOrWhiteSpace(code) ? null : code }
            : throw new FormatException(
                $"'{value}' is not an outcome; use succeeded, failed, failed:CODE, canceled or never.");
    }

    internal static int Count(string value) =>
        int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : throw new FormatException($"'{value}' is not a count.");
}
