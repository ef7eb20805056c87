namespace CardProcessor.DocumentIntelligence.Layout;

/// <summary>
/// Undoes the text angle the service reports for a page (clockwise degrees in (-180, 180]): whole quarter turns
/// exactly, swapping width and height where needed, and the remaining skew of at most 45° by a rotation about the
/// page centre that keeps the page's size.
/// </summary>
internal readonly struct PageRotation
{
    // Below this a rotation moves a word by less than a hundredth of a point on a letter page.
    private const double NegligibleDegrees = 0.001;

    private readonly double _width;
    private readonly double _height;
    private readonly int _quarterTurns;
    private readonly double _cos;
    private readonly double _sin;

    public PageRotation(double angleDegrees, double width, double height)
    {
        _width = width;
        _height = height;
        _quarterTurns = (int)Math.Round(angleDegrees / 90, MidpointRounding.AwayFromZero);
        var skew = angleDegrees - (90 * _quarterTurns);
        var radians = Math.Abs(skew) < NegligibleDegrees ? 0 : skew * Math.PI / 180;
        _cos = Math.Cos(radians);
        _sin = Math.Sin(radians);
    }

    public double UprightWidth => IsSideways ? _height : _width;

    public double UprightHeight => IsSideways ? _width : _height;

    private bool IsSideways => Math.Abs(_quarterTurns) % 2 == 1;

    /// <summary>The axis-aligned box around the polygon once the page is upright.</summary>
    public (double Left, double Top, double Right, double Bottom) UprightBounds(IReadOnlyList<double> polygon)
    {
        double left = double.MaxValue, top = double.MaxValue, right = double.MinValue, bottom = double.MinValue;
        for (var i = 0; i + 1 < polygon.Count; i += 2)
        {
            var (x, y) = Upright(polygon[i], polygon[i + 1]);
            left = Math.Min(left, x);
            right = Math.Max(right, x);
            top = Math.Min(top, y);
            bottom = Math.Max(bottom, y);
        }

        return (left, top, right, bottom);
    }

    private (double X, double Y) Upright(double x, double y)
    {
        // Skew first, about the centre; y grows downwards, so this turns counter-clockwise on screen.
        var dx = x - (_width / 2);
        var dy = y - (_height / 2);
        x = (_width / 2) + (dx * _cos) + (dy * _sin);
        y = (_height / 2) - (dx * _sin) + (dy * _cos);

        var turns = ((_quarterTurns % 4) + 4) % 4;
        return turns switch
        {
            1 => (y, _width - x),   // text ran down the page: its top was the right edge
            2 => (_width - x, _height - y),
            3 => (_height - y, x),  // text ran up the page: its top was the left edge
            _ => (x, y),
        };
    }
}
