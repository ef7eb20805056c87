namespace CardProcessor.Extraction.Tests.Generation;

/// <summary>Invented names, companies and merchants for generated documents (none taken from the fixtures'
/// data).</summary>
internal static class FakeData
{
    public static readonly string[] FirstNames =
        ["ADA", "BRUNO", "CARMEN", "DMITRI", "ESTHER", "FELIX", "GIA", "HUGO", "INES", "JONAS", "KIRA", "LEON", "MARTA",
            "NILS", "OONA", "PAVEL", "QUINN", "ROSA", "SVEN", "TARA", "URSULA", "VIKTOR", "WANDA", "XAVIER", "YARA",
            "ZENO"];

    public static readonly string[] LastNames =
        ["ABERNATHY", "BLACKWOOD", "CASTILLO", "DRUMMOND", "ELLSWORTH", "FAIRBANKS", "GALLAGHER", "HOLLOWAY", "IBARRA",
            "JANSSEN", "KESTREL", "LOMBARDI", "MERCER", "NAKAMURA", "OYELARAN", "PRZYBYLSKI", "QUARTERMAN", "ROSSETTI",
            "SULLIVAN", "THORNE", "UNDERHILL", "VASQUEZ", "WHITLOCK", "YOUNGBLOOD", "ZAMORA"];

    /// <summary>Surnames with particles, apostrophes and hyphens, which statements print as they are.</summary>
    public static readonly string[] TrickyLastNames =
        ["VAN DER MEER", "DE LA FUENTE", "O'HARA", "SMYTHE-JONES", "DI MARCO", "MC DOWELL", "ST. CLAIR"];

    public static readonly string[] Companies =
        ["NORTHWIND PIPING LLC", "BLUE HERON FABRICATION INC", "REDWOOD CIVIL GROUP", "SALTMARSH ENERGY SERVICES",
            "PRAIRIE LINE ELECTRIC CO", "HARBOR POINT MECHANICAL"];

    public static readonly (string Name, string City, string State)[] Merchants =
    [
        ("BLUEWATER HOTEL", "SAVANNAH", "GA"),
        ("SKYLINE AIRWAYS", "PHOENIX", "AZ"),
        ("ORCHARD CAFE 221", "PORTLAND", "ME"),
        ("GRANITE RENT-A-TRUCK", "BOISE", "ID"),
        ("PAPERLEAF SUPPLY #88", "OMAHA", "NE"),
        ("CLOUDNINE SOFTWARE*SUB", "SAN MATEO", "CA"),
        ("RIVERBEND STEAKHOUSE 1402", "SAINT LOUIS", "MO"),
        ("METRO TRANSIT FARES", "NEW HAVEN", "CT"),
        ("LAKESIDE INN AND SUITES DOWNTOWN", "MADISON", "WI"),
        ("PIONEER FUEL STOP 3310", "EL PASO", "TX"),
        ("SUMMIT OFFICE WORLD", "SALT LAKE CITY", "UT"),
        ("HARBORVIEW PARKING GARAGE LEVEL 2", "BALTIMORE", "MD"),
    ];

    public static readonly (string Name, string City, string Country, string Currency,
        decimal Rate)[] ForeignMerchants =
    [
        ("CANAL HOUSE HOTEL", "AMSTERDAM", "NL", "EUR", 1.0912m),
        ("THAMES RAIL", "LONDON", "GB", "GBP", 1.2655m),
        ("SAKURA BUSINESS INN", "OSAKA", "JP", "JPY", 0.00671m),
        ("MAPLE LEAF AIR", "TORONTO", "CA", "CAD", 0.7288m),
    ];

    /// <summary>Card activity report merchants by merchant group, with the products they sell.</summary>
    public static readonly (string Group, string[] Merchants, string[] Products)[] FleetMerchants =
    [
        ("FUEL", ["PRAIRIE FUEL #4410", "GASWAY 0981", "TRUCKSTOP 77"],
            ["UNL REG 86/87", "DIESEL #2", "FUEL ADJUSTMENT", "DEF FLUID"]),
        ("MAINTENANCE", ["GEARHEAD AUTO 310", "TREADWELL TIRE 55"],
            ["OIL CHANGE", "TIRE 265/70R17", "BRAKE PADS", "WIPER BLADES"]),
        ("HOTELS", ["RESTWELL INN 0042", "TRAVELERS LODGE 9"], ["LODGING"]),
        ("RESTAURANTS", ["SMOKEHOUSE BBQ 12", "TACO TRAIL 805"], ["RESTAURANT"]),
        ("RENTALS", ["ACE EQUIP RENTAL 4"], ["EQUIPMENT RENTAL", "VEHICLE RENTAL"]),
        ("AIRLINE", ["SKYLINE AIRWAYS"], ["AIRFARE"]),
        ("TRAVEL MISC", ["CITYPARK GARAGE 3"], ["PARKING"]),
        ("BUSINESS SERVICES", ["PRINTSHOP PLUS 61"], ["PRINTING", "SHIPPING"]),
        ("LEGAL & INSURANCE", ["STATE DMV 0300"], ["REGISTRATION FEE"]),
        ("MEDICAL", ["QUICKCARE CLINIC 7"], ["MEDICAL SERVICES"]),
        ("MISC", ["BUILDERS DEPOT 2231", "HARDWARE HUT 90"], ["OTHER MISCELLANEOUS TRANS"]),
    ];

    public static readonly (string City, string State)[] FleetCities =
        [("LAFAYETTE", "LA"), ("CORPUS CHRISTI", "TX"), ("PENSACOLA", "FL"), ("JACKSON", "MS"), ("BEAUMONT", "TX"),
            ("HOUMA", "LA")];

    public static readonly string[] CategoryHeadings =
        ["Fuel", "Maintenance", "Hotels", "Rentals", "Airline", "Travel Misc", "Restaurants", "Business Services",
            "Financial", "Legal & Insurance", "Medical", "Misc", "Other"];

    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public static string Digits(this Random random, int count)
    {
        var digits = new char[count];
        for (var i = 0; i < count; i++)
        {
            digits[i] = (char)('0' + random.Next(10));
        }

        return new string(digits);
    }

    /// <summary>A cents amount between the bounds, as an exact decimal with two places.</summary>
    public static decimal Cents(this Random random, decimal min, decimal max) =>
        decimal.Round(min + ((max - min) * (decimal)random.NextDouble()), 2) + 0.00m;

    public static string PersonName(this Random random, bool tricky)
    {
        var last = tricky && random.Next(3) == 0 ? random.Pick(TrickyLastNames) : random.Pick(LastNames);
        var middle = random.Next(3) == 0 ? $" {(char)('A' + random.Next(26))}" : string.Empty;
        return $"{random.Pick(FirstNames)}{middle} {last}";
    }
}
