using PerfWorkflow.Domain.Filings;

namespace PerfWorkflow.Filing.Grains;

/// <summary>
/// Who moved each stage's form towards approval (submitted, approved or signed off it): the people a decider must be
/// independent of (docs/decisions/0007-separation-of-duties.md). The grain writes every audit line of its filing, so
/// it keeps them in memory from its activation's one read of the trail, and the check needs no query per decision.
/// A position is recorded as the audit line's from-state, which starts with the stage's name.
/// </summary>
public sealed class FormMovers
{
    /// <summary>The audit actions that move a form towards approval.</summary>
    public static readonly IReadOnlyList<string> Actions = ["submit", "approve", "sign-off"];

    private readonly List<(string FromState, string Actor)> _moves;

    public FormMovers(IEnumerable<(string FromState, string Actor)> moves) => _moves = [.. moves];

    /// <summary>Keeps a committed audit line's actor when its action moved the form.</summary>
    public void Record(string action, string? fromState, string actor)
    {
        if (fromState is not null && Actions.Contains(action))
        {
            _moves.Add((fromState, actor));
        }
    }

    /// <summary>Everyone who moved <paramref name="stage"/>'s form so far, once each.</summary>
    public IReadOnlyList<string> Of(CycleStage stage)
    {
        var prefix = stage + ":";
        return _moves.Where(m => m.FromState.StartsWith(prefix, StringComparison.Ordinal)).Select(m => m.Actor).Distinct(StringComparer.Ordinal).ToList();
    }
}
