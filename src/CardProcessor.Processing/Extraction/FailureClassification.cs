using Azure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CardProcessor.Processing.Extraction;

/// <summary>
/// Which failures a retry can cure. Only transient ones (the database or the store briefly away, a
/// timeout, throttling) are retried with back-off; a permanent one (the stored file is gone, the
/// service refused the request as such) fails the document at once with its reason.
/// </summary>
public static class FailureClassification
{
    public static bool IsTransient(Exception exception) => exception switch
    {
        _ when IsMissingDocument(exception) => false,
        // A missing container is configuration an operator can fix while the retries wait.
        RequestFailedException failed => failed.Status is 0 or 408 or 429 or >= 500
            || failed.ErrorCode == "ContainerNotFound",
        NpgsqlException or DbUpdateException or TimeoutException or HttpRequestException or IOException => true,
        _ => false,
    };

    /// <summary>The uploaded file is not in the store any more: no retry brings it back.</summary>
    public static bool IsMissingDocument(Exception exception) => exception
        is FileNotFoundException
        or DirectoryNotFoundException
        or RequestFailedException { Status: 404, ErrorCode: "BlobNotFound" };
}
