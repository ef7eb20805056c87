using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace CardProcessor.Api.Documents;

/// <summary>The fields of an upload form, read section by section without buffering the file in memory.</summary>
internal sealed record MultipartUpload(UploadedFile? File, string? FileName, string? Kind)
{
    public static async Task<MultipartUpload> ReadAsync(MultipartReader reader, CancellationToken cancellationToken)
    {
        UploadedFile? file = null;
        string? fileName = null;
        string? kind = null;
        while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
        {
            if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)
                || !disposition.DispositionType.Equals("form-data", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var name = HeaderUtilities.RemoveQuotes(disposition.Name).Value;
            if (name == "file" && file is null)
            {
                fileName = HeaderUtilities.RemoveQuotes(
                    disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                file = await UploadedFile.SpoolAsync(section.Body, cancellationToken);
            }
            else if (name == "kind")
            {
                using var text = new StreamReader(section.Body);
                kind = (await text.ReadToEndAsync(cancellationToken)).Trim();
            }
        }

        return new MultipartUpload(file, fileName, kind);
    }
}
