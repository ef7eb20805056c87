namespace CardProcessor.Reports.Benchmarks;

/// <summary>
/// Plausible names and merchants for the seeded rows, so column widths and text sizes are realistic.
/// </summary>
internal static class BenchNames
{
    private static readonly string[] s_first =
    [
        "Jane",
        "Omar",
        "Aisha",
        "Travis",
        "Priya",
        "David",
        "Maria",
        "Chen",
        "Ahmed",
        "Lucia",
        "Kofi",
        "Elena",
    ];
    private static readonly string[] s_last =
    [
        "Doe",
        "Patel",
        "Nwosu",
        "Zhang",
        "Rossi",
        "Landry",
        "Guidry",
        "Van Der Berg",
        "De La Cruz",
        "O'Brien",
        "Smith",
    ];
    private static readonly string[] s_merchants =
    [
        "SHELL OIL",
        "EXXONMOBIL",
        "LOVES TRAVEL",
        "KROGER FUEL",
        "HOME DEPOT",
        "LA QUINTA INN",
        "ENTERPRISE RENT",
        "SOUTHWEST AIR",
        "POPEYES",
        "FEDEX OFFICE",
    ];
    private static readonly string[] s_groups =
    [
        "FUEL",
        "MAINTENANCE",
        "MISC",
        "RESTAURANTS",
        "HOTELS",
        "RENTALS",
        "AIRLINE",
        "TRAVEL MISC",
        "BUSINESS SERVICES",
        "LEGAL & INSURANCE",
        "MEDICAL",
    ];

    public static string First(int i) => s_first[i % s_first.Length];

    public static string Last(int i) => s_last[i % s_last.Length];

    public static string Merchant(int i) => $"{s_merchants[i % s_merchants.Length]} {1000 + (i * 37)}";

    public static string Group(int i) => s_groups[i % s_groups.Length];
}
