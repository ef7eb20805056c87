namespace CardProcessor.DocumentIntelligence.Model;

/// <summary>Values of <see cref="DocumentPage.Unit"/>.</summary>
public static class LengthUnits
{
    public const string Inch = "inch";
    public const string Pixel = "pixel";
}
