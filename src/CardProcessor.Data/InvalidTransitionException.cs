namespace CardProcessor.Data;

/// <summary>
/// An entity refused an action its current state does not allow. Every lifecycle refuses through
/// this one exception, so the API answers every such refusal with one shape: 409 with the entity,
/// its current status and the action.
/// </summary>
public sealed class InvalidTransitionException : InvalidOperationException
{
    public InvalidTransitionException(string entity, string currentStatus, string action, string message)
        : base(message)
    {
        Entity = entity;
        CurrentStatus = currentStatus;
        Action = action;
    }

    /// <summary>What refused: <c>session</c>, <c>document</c>, <c>issue</c> or <c>receipt</c>.</summary>
    public string Entity { get; }

    public string CurrentStatus { get; }

    public string Action { get; }
}
