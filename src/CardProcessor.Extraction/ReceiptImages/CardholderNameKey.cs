namespace CardProcessor.Extraction.ReceiptImages;

/// <summary>
/// The card activity report's spelling of a person's name: first and last name in capitals, run
/// together (<c>Jane A. Doe</c> is <c>JANEDOE</c>). Middle initials are dropped; particles stay
/// (<c>Ana de la Cruz</c> is <c>ANADELACRUZ</c>).
/// </summary>
internal static class CardholderNameKey
{
    public static string? FromDisplayName(string displayName)
    {
        var parts = displayName.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.TrimEnd('.', ','))
            .Where(p => p.Length > 0)
            .ToList();
        if (parts.Count == 0)
        {
            return null;
        }

        var kept = parts.Where((p, i) => i == 0 || i == parts.Count - 1 || p.Length > 1).ToList();
        return string.Concat(kept).ToUpperInvariant();
    }
}
