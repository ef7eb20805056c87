namespace CardProcessor.Data.Documents;

/// <summary>
/// The steps of a document's processing; <see cref="DocumentLifecycle"/> says in which states each is allowed.
/// </summary>
public enum DocumentAction
{
    /// <summary>Processing of its session starts: the document waits for a worker.</summary>
    Queue,

    /// <summary>A worker takes it (again, after a crash or a redelivery).</summary>
    StartExtracting,

    /// <summary>Its rows are stored; writing again replaces them.</summary>
    CompleteExtraction,

    /// <summary>It cannot be read, with a reason a person can act on.</summary>
    Fail,
}
