using CardProcessor.Data;
using CardProcessor.Data.Cards;
using CardProcessor.Extraction.Model;
using CardProcessor.Processing.Names;
using Microsoft.EntityFrameworkCore;

namespace CardProcessor.Processing.Persistence;

/// <summary>
/// Finds or creates the stored card for each card section of a statement. A card is the masked
/// number together with everything its section header prints (customer id, employee id, name),
/// never the masked number alone: a person's card and a vehicle's card can print the same
/// <c>556735xxxxxx1234</c>. A field one side does not print does not tell cards apart, so cards
/// stored before a field was kept are still found, and the field is filled in.
/// </summary>
internal sealed class CardDirectory(CardProcessorDbContext db, DateTimeOffset now)
{
    private readonly List<Card> _cards = [];
    private readonly HashSet<Card> _claimed = [];

    public async Task LoadAsync(IReadOnlyCollection<string> last4s, CancellationToken cancellationToken) =>
        _cards.AddRange(await db.Cards.Where(c => last4s.Contains(c.Last4)).ToListAsync(cancellationToken));

    /// <summary>The card a section belongs to, created the first time it appears.</summary>
    public Card Resolve(ExtractedCardholder holder)
    {
        var name = PersonName.Normalize(holder.Name);
        var key = KeyOf(holder.CardNumber, holder.CardLast4, holder.CustomerId, holder.EmployeeId, name);

        // Each section of one statement is its own card; a second section with the very same header
        // (which the extractor would have joined) is the only one to share.
        var card = _cards
            .Where(c => !_claimed.Contains(c) && Matches(c, holder, name))
            .OrderByDescending(c => SharedFields(c, holder, name))
            .FirstOrDefault()
            ?? _cards.FirstOrDefault(c => c.CardKey == key);
        if (card is null)
        {
            card = new Card
            {
                Id = Guid.CreateVersion7(),
                CardKey = key,
                Last4 = holder.CardLast4,
                HolderName = holder.Name,
                CreatedAt = now,
            };
            db.Cards.Add(card);
            _cards.Add(card);
        }

        _claimed.Add(card);
        card.MaskedNumber = holder.CardNumber ?? card.MaskedNumber;
        card.CustomerId ??= holder.CustomerId;
        card.EmployeeNumber ??= holder.EmployeeId;
        var filledKey = KeyOf(card.MaskedNumber, card.Last4, card.CustomerId, card.EmployeeNumber,
            PersonName.Normalize(card.HolderName));
        if (filledKey != card.CardKey && _cards.All(c => c.CardKey != filledKey))
        {
            card.CardKey = filledKey;
        }

        return card;
    }

    /// <summary>The unique key; the migration that introduced it builds the same one in SQL.</summary>
    internal static string KeyOf(string? maskedNumber, string last4, string? customerId, string? employeeNumber,
        string normalizedName)
    {
        var number = Comparable(maskedNumber);
        return string.Join(
            '|',
            number.Length > 0 ? number : last4,
            Segment(customerId),
            Segment(employeeNumber),
            normalizedName);
    }

    private static bool Matches(Card card, ExtractedCardholder holder, string normalizedName) =>
        card.Last4 == holder.CardLast4
        && NumbersAgree(card.MaskedNumber, holder.CardNumber)
        && Agrees(card.CustomerId, holder.CustomerId)
        && Agrees(card.EmployeeNumber, holder.EmployeeId)
        && PersonName.Normalize(card.HolderName) == normalizedName;

    private static int SharedFields(Card card, ExtractedCardholder holder, string normalizedName) =>
        (Same(card.CustomerId, holder.CustomerId) ? 1 : 0)
        + (Same(card.EmployeeNumber, holder.EmployeeId) ? 1 : 0)
        + (card.HolderName == holder.Name || PersonName.Normalize(card.HolderName) == normalizedName ? 1 : 0);

    /// <summary>
    /// Two masked numbers agree where every position, counted from the last digit, is masked on one
    /// side or shows the same digit: <c>556735XXXXXX1234</c> and <c>************1234</c> can be one card.
    /// </summary>
    private static bool NumbersAgree(string? stored, string? printed)
    {
        var left = Comparable(stored);
        var right = Comparable(printed);
        var overlap = Math.Min(left.Length, right.Length);
        return left[^overlap..].Zip(right[^overlap..])
            .All(p => p.First == p.Second || p.First == 'X' || p.Second == 'X');
    }

    private static string Comparable(string? maskedNumber) =>
        maskedNumber is null
            ? string.Empty
            : new string(maskedNumber
                .Where(c => char.IsAsciiLetterOrDigit(c) || c == '*')
                .Select(c => c == '*' ? 'X' : char.ToUpperInvariant(c))
                .ToArray());

    private static bool Agrees(string? stored, string? printed) =>
        string.IsNullOrEmpty(stored) || string.IsNullOrEmpty(printed) || Same(stored, printed);

    private static bool Same(string? left, string? right) =>
        !string.IsNullOrEmpty(left) && string.Equals(left, right, StringComparison.OrdinalIgnoreCase);

    private static string Segment(string? value) => value?.Replace('|', '/') ?? string.Empty;
}
