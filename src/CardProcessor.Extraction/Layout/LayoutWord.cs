namespace CardProcessor.Extraction.Layout;

/// <summary>
/// One word on a page with its box in PDF points, origin at the top-left corner, y growing downwards
/// (the orientation Document Intelligence uses, so both sources need no further conversion).
/// </summary>
public sealed record LayoutWord(string Text, double Left, double Top, double Right, double Bottom)
{
    public double Width => Right - Left;

    public double Height => Bottom - Top;

    public double CenterY => (Top + Bottom) / 2;
}
