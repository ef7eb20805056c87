namespace CardProcessor.Api.ErrorHandling;

/// <summary>A rule of the domain refused the request; becomes ProblemDetails with its status.</summary>
internal sealed class ApiProblemException(int statusCode, string title, string detail) : Exception(detail)
{
    public int StatusCode { get; } = statusCode;

    public string Title { get; } = title;
}
