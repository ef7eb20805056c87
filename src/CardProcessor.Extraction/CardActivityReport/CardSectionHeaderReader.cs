using CardProcessor.Extraction.Layout;

namespace CardProcessor.Extraction.CardActivityReport;

/// <summary>
/// Collects a card section header (<c>Customer ID</c>, <c>Card Number</c>, <c>Cardholder Name</c>,
/// <c>Employee ID</c>, in whatever order) over its consecutive lines. The section is only known once
/// the whole header has been read, because the fields after the card number tell two cards with
/// the same masked number apart; the first line that is not a header field completes it.
/// </summary>
internal sealed class CardSectionHeaderReader
{
    private string? _customerId;
    private string? _cardNumber;
    private string? _name;
    private string? _employeeId;

    /// <summary>The first customer id printed, which the document reports as its own.</summary>
    public string? FirstCustomerId { get; private set; }

    /// <summary>Reads a header field off the line; true if the line was a header field (or a filter label).</summary>
    public bool TryRead(LayoutLine line, double maxValueGap)
    {
        if (LabeledValue.Find(line, "Customer ID:", maxValueGap) is { } customer)
        {
            _customerId = NullIfEmpty(customer);
            FirstCustomerId ??= _customerId;
            return true;
        }

        var cardNumber = LabeledValue.Find(line, "Card Number:", maxValueGap)
            ?? LabeledValue.Find(line, "Card Token:", maxValueGap);
        if (cardNumber is not null)
        {
            // "Card Number: ALL" is the report's filter label, not a card.
            if (cardNumber.Length > 0 && !cardNumber.Equals("ALL", StringComparison.OrdinalIgnoreCase))
            {
                _cardNumber = cardNumber;
            }

            return true;
        }

        if (LabeledValue.Find(line, "Cardholder Name:", maxValueGap) is { } name)
        {
            _name = NullIfEmpty(name);
            return true;
        }

        if (LabeledValue.Find(line, "Employee ID:", maxValueGap) is { } employee)
        {
            _employeeId = NullIfEmpty(employee);
            return true;
        }

        return LabeledValue.Find(line, "Employee Number:", maxValueGap) is not null;
    }

    /// <summary>The header read since the last call, if it named a card; the fields are cleared either way.</summary>
    public CardSectionIdentity? Complete()
    {
        var identity = _cardNumber is null ? null
            : new CardSectionIdentity(_cardNumber, _customerId, _name, _employeeId);
        _customerId = _cardNumber = _name = _employeeId = null;
        return identity;
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
