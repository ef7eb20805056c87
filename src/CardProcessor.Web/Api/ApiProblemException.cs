namespace CardProcessor.Web.Api;

/// <summary>A non-success answer from the API, carried to the page that shows <see
/// cref="ApiProblem.Sentence"/>.</summary>
public sealed class ApiProblemException : Exception
{
    public ApiProblemException(ApiProblem problem)
        : base(problem.Sentence) => Problem = problem;

    public ApiProblemException()
        : this(new ApiProblem(System.Net.HttpStatusCode.InternalServerError, null, null, null))
    {
    }

    public ApiProblemException(string message)
        : this(new ApiProblem(System.Net.HttpStatusCode.InternalServerError, null, message, null))
    {
    }

    public ApiProblemException(string message, Exception innerException)
        : base(message, innerException) =>
        Problem = new ApiProblem(System.Net.HttpStatusCode.InternalServerError, null, message, null);

    public ApiProblem Problem { get; }
}
