using PerfWorkflow.Domain.Filings;

namespace PerfWorkflow.Domain.Organisation;

/// <summary>
/// Keeps one person from carrying a form through its approval chain alone with accounts they made
/// (docs/decisions/0007-separation-of-duties.md). An account made less than <see cref="Probation"/> ago answers to
/// its maker (and the maker to theirs, while that account is new too). A decision (审核通过, 签认) is refused when the
/// decider and someone who already submitted, approved or signed off the same form answer to the same person.
/// </summary>
public static class SeparationOfDuties
{
    public const string RuleCode = "review.separation-of-duties";

    /// <summary>How long a new account answers to its maker: longer than any stage's review window.</summary>
    public static readonly TimeSpan Probation = TimeSpan.FromDays(30);

    /// <summary>The person an account answers to at <paramref name="now"/>: its maker while it is new, else itself.</summary>
    public static string AnswerableFor(string userId, Func<string, AccountOrigin?> origins, DateTimeOffset now)
    {
        var current = userId;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (seen.Add(current) && origins(current) is { CreatedBy: { } maker, CreatedAt: { } at } && now - at < Probation)
        {
            current = maker;
        }

        return current;
    }

    /// <summary>
    /// Refuses the decision (a <see cref="FilingRuleException"/>) when another of <paramref name="formActors"/> (who
    /// submitted, approved or signed off the same stage form) answers to the same person as the decider.
    /// </summary>
    public static void RequireIndependent(string deciderId, IEnumerable<string> formActors, Func<string, AccountOrigin?> origins, DateTimeOffset now)
    {
        var decider = AnswerableFor(deciderId, origins, now);
        var shared = formActors.FirstOrDefault(a => a != deciderId && AnswerableFor(a, origins, now) == decider);
        if (shared is not null)
        {
            throw new FilingRuleException(RuleCode,
                $"不能审批：您的账号与已办理本表单的“{shared}”同属“{decider}”在 {Probation.Days} 天内创建或本人的账号，一人不能包办审批。请由其他人员办理或转办。");
        }
    }
}
