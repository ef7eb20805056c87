namespace DocumentIntelligenceEmulator.Faults;

/// <summary>An HTTP error for the first <see cref="Times"/> attempts of a request: <c>STATUS[*N]</c>.</summary>
public sealed record HttpFault(int StatusCode, int Times)
{
    /// <exception cref="FormatException">Not <c>STATUS[*N]</c> with a 4xx or 5xx status.</exception>
    public static HttpFault Parse(string value)
    {
        var parts = value.Split('*', StringSplitOptions.TrimEntries);
        var status = FaultScript.Count(parts[0]);
        if (status is < 400 or > 599 || parts.Length > 2)
        {
            throw new FormatException($"'{value}' is not STATUS[*N] with a 4xx or 5xx status.");
        }

        return new HttpFault(status, parts.Length == 2 ? FaultScript.Count(parts[1]) : 1);
    }
}
