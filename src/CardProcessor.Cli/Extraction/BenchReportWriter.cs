using System.Globalization;

namespace CardProcessor.Cli.Extraction;

/// <summary>
/// Writes a card activity report of a given number of pages for the benchmark: cards of people
/// and vehicles, multi-line transactions split by page breaks, category totals, the footer on
/// every page and a product summary, from a fixed seed so every run measures the same file.
/// </summary>
internal sealed class BenchReportWriter
{
    private const double Width = 1008;
    private const double Height = 612;
    private const double Size = 7.5;
    private const double Pitch = 11;
    private const double Bottom = 520;

    private static readonly string[] _headers =
        ["Trans Date", "Posted Date", "Lvl", "Transaction #", "Merchant Name", "City, State", "Merchant Group",
            "Product Description", "PPU/G", "Quantity", "Gross Cost", "Discount", "Net Cost"];

    private static readonly double[] _anchors = [30, 80, 130, 150, 205, 300, 385, 460, 640, 700, 780, 860, 960];

    private static readonly (string Group, string Merchant, string Product)[] _merchants =
    [
        ("FUEL", "PRAIRIE FUEL #4410", "DIESEL #2"), ("FUEL", "GASWAY 0981", "UNL REG 86/87"),
            ("MAINTENANCE", "TREADWELL TIRE 55", "TIRE 265/70R17"),
        ("HOTELS", "RESTWELL INN 0042", "LODGING"), ("RESTAURANTS", "SMOKEHOUSE BBQ 12", "RESTAURANT"),
            ("MISC", "BUILDERS DEPOT 2231", "OTHER MISCELLANEOUS TRANS"),
    ];

    private static readonly string[] _categories =
        ["Fuel", "Maintenance", "Hotels", "Rentals", "Airline", "Travel Misc", "Restaurants", "Business Services",
            "Financial", "Legal & Insurance", "Medical", "Misc", "Other"];

    private readonly Random _random = new(20260101);
    private readonly List<List<(string Text, double X, double Y, bool Right)>> _pages = [];
    private readonly Dictionary<string, (int Count, decimal Units, decimal Net)> _products = [];
    private double _y;
    private decimal _grandTotal;

    public static void Write(string path, int pageCount)
    {
        var writer = new BenchReportWriter();
        writer.Lay(pageCount);
        BenchReportRenderer.Render(path, writer._pages, Width, Height, Size);
    }

    private void Lay(int pageCount)
    {
        var card = 0;
        while (_pages.Count < pageCount - 1)
        {
            var number = $"556735xxxxxx{(1000 + card++).ToString(CultureInfo.InvariantCulture)}";
            var name = card % 3 == 0 ? $"{100 + card}VEHICLE UNIT"
                : $"BENCHHOLDER{card.ToString(CultureInfo.InvariantCulture)}";
            NewPage(number, name);
            var byCategory = new Dictionary<string, decimal>();
            for (var t = 0; t < 12 + _random.Next(20); t++)
            {
                var (category, net) = Transaction(number, name);
                byCategory[category] = byCategory.GetValueOrDefault(category) + net;
            }

            var total = byCategory.Values.Sum();
            Ensure(number, name, 3);
            Add($"Totals For: {number}", 30, false);
            _y += Pitch;
            for (var c = 0; c <= _categories.Length; c++)
            {
                Add(c < _categories.Length ? _categories[c] : "Total", 90 + (c * 66), true);
            }

            _y += Pitch;
            for (var c = 0; c <= _categories.Length; c++)
            {
                var amount = c < _categories.Length ? byCategory.GetValueOrDefault(_categories[c]) : total;
                Add(amount.ToString("0.00", CultureInfo.InvariantCulture), 90 + (c * 66), true);
            }

            _y += Pitch * 2;
            _grandTotal += total;
        }

        NewPage(null, null);
        Add("Product Description", 30, false);
        Add("Count", 300, true);
        Add("Units/Glns", 400, true);
        Add("Net Cost", 600, true);
        _y += Pitch;
        foreach (var (product, (count, units, net)) in _products.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            Add(product, 30, false);
            Add(count.ToString(CultureInfo.InvariantCulture), 300, true);
            Add(units.ToString("0.00", CultureInfo.InvariantCulture), 400, true);
            Add(Money(net), 600, true);
            _y += Pitch;
        }

        Add("Grand Total:", 30, false);
        Add(Money(_grandTotal), 600, true);
    }

    private (string Category, decimal Net) Transaction(string number, string name)
    {
        var (group, merchant, product) = _merchants[_random.Next(_merchants.Length)];
        var reference = _random.Next(100000000, 999999999).ToString(CultureInfo.InvariantCulture);
        var day = _random.Next(1, 29);
        decimal net = 0;
        for (var i = 0; i < 1 + _random.Next(3); i++)
        {
            Ensure(number, name, 1);
            var quantity = _random.Next(100, 6000) / 100m;
            var price = _random.Next(250000, 450000) / 100000m;
            var gross = decimal.Round(quantity * price, 2);
            string[] cells =
            [
                $"03/{day:00}/2026", $"03/{day:00}/2026", "F", reference, merchant, "LAFAYETTE, LA", group, product,
                price.ToString("F5", CultureInfo.InvariantCulture),
                    quantity.ToString("F2", CultureInfo.InvariantCulture), Money(gross), "$0.00", Money(gross),
            ];
            for (var c = 0; c < cells.Length; c++)
            {
                Add(cells[c], _anchors[c], c >= 8);
            }

            _y += Pitch;
            net += gross;
            var (count, units, productNet) = _products.GetValueOrDefault(product);
            _products[product] = (count + 1, units + quantity, productNet + gross);
        }

        Ensure(number, name, 1);
        Add("Transaction Totals:", _anchors[9], true);
        Add(Money(net), _anchors[10], true);
        Add("$0.00", _anchors[11], true);
        Add(Money(net), _anchors[12], true);
        _y += Pitch;
        return (_categories.First(c => c.Equals(group, StringComparison.OrdinalIgnoreCase)), net);
    }

    private void Ensure(string number, string name, int rows)
    {
        if (_y + (rows * Pitch) > Bottom)
        {
            NewPage(number, name);
        }
    }

    private void NewPage(string? number, string? name)
    {
        _pages.Add([]);
        _y = 30;
        Add("Cardholder Activity Report General", 450, false);
        _y += Pitch;
        Add("Produced On: 4/16/2026 9:25:36AM", 450, false);
        Add("Card Token: ALL", 800, false);
        _y += Pitch;
        Add("Posted Date between 3/1/2026 and 3/31/2026", 450, false);
        Add("Employee Number: ALL", 800, false);
        _y += Pitch * 1.5;
        if (number is null)
        {
            return;
        }

        foreach (var (label, value) in new[] { ("Account Code:", "B-10K - BENCHMARK CONSTRUCTION LLC"),
            ("Customer ID:", "BENCH1"), ("Card Number:", number), ("Cardholder Name:", name!),
            ("Employee ID:", "4242") })
        {
            Add(label, 30, false);
            Add(value, 150, false);
            _y += Pitch;
        }

        for (var c = 0; c < _headers.Length; c++)
        {
            Add(_headers[c], _anchors[c], c >= 8);
        }

        _y += Pitch;
    }

    private void Add(string text, double x, bool right) => _pages[^1].Add((text, x, _y, right));

    private static string Money(decimal amount) => "$" + amount.ToString("#,##0.00", CultureInfo.InvariantCulture);
}
