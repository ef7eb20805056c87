using System.ComponentModel.DataAnnotations;

namespace CardProcessor.Api.Documents;

public sealed class UploadOptions
{
    public const string SectionName = "Uploads";

    /// <summary>The largest PDF accepted (the 240-card fixture is 17 MB).</summary>
    [Range(1024, 2L * 1024 * 1024 * 1024)]
    public long MaxBytes { get; set; } = 64L * 1024 * 1024;
}
