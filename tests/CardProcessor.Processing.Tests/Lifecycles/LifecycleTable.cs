using System.Text;
using CardProcessor.Data;

namespace CardProcessor.Processing.Tests.Lifecycles;

/// <summary>
/// A lifecycle's table of states and actions, worked out by trying every action on an entity in
/// every state: <c>→ X</c> when the action moves it to X, <c>✓</c> when it is allowed and leaves the
/// state, <c>409</c> when the entity refuses it (with <see cref="InvalidTransitionException"/>).
/// </summary>
/// <typeparam name="TEntity">The entity whose methods are tried.</typeparam>
/// <typeparam name="TState">Its status enum.</typeparam>
internal sealed class LifecycleTable<TEntity, TState>(
    string entity, Func<TState, TEntity> inState, Func<TEntity, TState> stateOf)
    where TState : struct, Enum
{
    private readonly List<(string Action, Action<TEntity>[] Variants)> _actions = [];

    /// <summary>
    /// One column; several variants (say, a run that reads something and one that reads nothing) share a cell.
    /// </summary>
    public LifecycleTable<TEntity, TState> Action(string name, params Action<TEntity>[] variants)
    {
        _actions.Add((name, variants));
        return this;
    }

    public string ToMarkdown()
    {
        var text = new StringBuilder();
        text.Append("| state |").AppendJoin(string.Empty, _actions.Select(a => $" {a.Action} |")).Append('\n');
        text.Append("|---|").AppendJoin(string.Empty, _actions.Select(_ => "---|")).Append('\n');
        foreach (var state in Enum.GetValues<TState>())
        {
            text.Append($"| {state} |")
                .AppendJoin(string.Empty, _actions.Select(a => $" {Cell(state, a.Action, a.Variants)} |"));
            text.Append('\n');
        }

        return text.ToString();
    }

    private string Cell(TState state, string action, Action<TEntity>[] variants)
    {
        var outcomes = variants.Select(variant => Try(state, action, variant)).Distinct().ToList();
        if (outcomes.Count > 1 && outcomes.Contains("409"))
        {
            throw new InvalidOperationException(
                $"{entity} {action} in {state} is allowed in one variant and refused in another.");
        }

        return outcomes.All(o => o.StartsWith('→')) && outcomes.Count > 1
            ? "→ " + string.Join(" or ", outcomes.Select(o => o[2..]))
            : outcomes[0];
    }

    private string Try(TState state, string action, Action<TEntity> variant)
    {
        var subject = inState(state);
        Assert.Equal(state, stateOf(subject));
        try
        {
            variant(subject);
        }
        catch (InvalidTransitionException refused)
        {
            Assert.Equal((entity, state.ToString(), action), (refused.Entity, refused.CurrentStatus, refused.Action));
            Assert.False(string.IsNullOrWhiteSpace(refused.Message));
            Assert.Equal(state, stateOf(subject));
            return "409";
        }

        var after = stateOf(subject);
        return after.Equals(state) ? "✓" : $"→ {after}";
    }
}
