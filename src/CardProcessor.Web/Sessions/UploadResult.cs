namespace CardProcessor.Web.Sessions;

/// <summary>What the upload script shows for one file: the kind recognised, or the API's reason and trace id.</summary>
public sealed record UploadResult(string FileName, string? Kind, int? PageCount, string? Error, string? TraceId);
