using CardProcessor.DocumentIntelligence.Model;
using CardProcessor.Extraction.Layout;

namespace CardProcessor.DocumentIntelligence.Layout;

/// <summary>
/// Turns a <c>prebuilt-layout</c> result into the parsers' <see cref="LayoutPage"/>s: word boxes in PDF points,
/// origin at the top-left corner, y downwards, so that a scan reads like a text PDF.
/// </summary>
/// <remarks>
/// <para>PDF (and TIFF) pages come in inches: one inch is 72 points, exactly what the PDF's own text layer
/// gives.</para>
/// <para>
/// Image pages come in pixels of unknown resolution. They are scaled so that the shorter side measures 8.5 inches
/// (612 points), a letter page's width: a photographed or scanned statement page then has the size, and its
/// text the height, the parsers' tolerances were tuned on, whatever the camera's resolution. The aspect ratio is
/// kept.
/// </para>
/// <para>
/// A page the service reports at an angle is turned upright first (see <see cref="PageRotation"/>), so that the
/// words of one printed line share a vertical position even on a skewed scan.
/// </para>
/// </remarks>
public static class LayoutPageConverter
{
    public const double PointsPerInch = 72;

    /// <summary>The length the shorter side of an image page is scaled to: 8.5 inches.</summary>
    public const double ImageShortSideInPoints = 8.5 * PointsPerInch;

    public static IReadOnlyList<LayoutPage> ToLayoutPages(AnalyzeResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Pages.Select(ToLayoutPage).ToList();
    }

    /// <exception cref="InvalidDataException">The page has no size or an unknown unit (e.g. HTML or Office
    /// input).</exception>
    public static LayoutPage ToLayoutPage(DocumentPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (page.Width is not > 0 || page.Height is not > 0)
        {
            throw new InvalidDataException(
                $"Page {page.PageNumber} has no size; only PDF and image input can be laid out.");
        }

        var width = page.Width.Value;
        var height = page.Height.Value;
        var scale = page.Unit switch
        {
            LengthUnits.Inch => PointsPerInch,
            LengthUnits.Pixel => ImageShortSideInPoints / Math.Min(width, height),
            _ =>
                throw new InvalidDataException(
                $"Page {page.PageNumber} is measured in '{page.Unit}', neither inch nor pixel."),
        };

        var rotation = new PageRotation(page.Angle ?? 0, width, height);
        var words = new List<LayoutWord>(page.Words?.Count ?? 0);
        foreach (var word in page.Words ?? [])
        {
            // A word without a position cannot be placed in a line or column; the service always sends one.
            if (word.Polygon is not { Count: >= 2 } polygon || string.IsNullOrWhiteSpace(word.Content))
            {
                continue;
            }

            var (left, top, right, bottom) = rotation.UprightBounds(polygon);
            words.Add(new LayoutWord(word.Content, left * scale, top * scale, right * scale, bottom * scale));
        }

        return new LayoutPage(page.PageNumber, rotation.UprightWidth * scale, rotation.UprightHeight * scale, words,
            LayoutSource.DocumentIntelligence);
    }
}
