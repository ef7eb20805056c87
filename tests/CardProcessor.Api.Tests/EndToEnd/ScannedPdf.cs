using System.Diagnostics;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace CardProcessor.Api.Tests.EndToEnd;

/// <summary>Turns a text PDF into what a scanner makes of it: one image per page, no text layer.</summary>
internal static class ScannedPdf
{
    public static byte[] From(string textPdf, int dpi = 110)
    {
        var folder = Directory.CreateTempSubdirectory("cp-scan-");
        try
        {
            var render = Process.Start(
                new ProcessStartInfo(
                    "pdftoppm",
                    [
                        "-r",
                        dpi.ToString(System.Globalization.CultureInfo.InvariantCulture),
                        "-png",
                        textPdf,
                        Path.Combine(folder.FullName, "page")])
            {
                RedirectStandardError = true,
            }) ?? throw new InvalidOperationException(
                "pdftoppm (poppler-utils) is required: scripts/infra/install.sh installs it.");
            render.WaitForExit();
            if (render.ExitCode != 0)
            {
                throw new InvalidOperationException($"pdftoppm failed: {render.StandardError.ReadToEnd()}");
            }

            using var original = UglyToad.PdfPig.PdfDocument.Open(textPdf);
            var builder = new PdfDocumentBuilder();
            var images = folder.GetFiles("page-*.png").OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
            for (var number = 1; number <= original.NumberOfPages; number++)
            {
                var size = original.GetPage(number);
                var page = builder.AddPage(size.Width, size.Height);
                page.AddPng(
                    File.ReadAllBytes(images[number - 1].FullName),
                    new PdfRectangle(0, 0, size.Width, size.Height));
            }

            return builder.Build();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
