using PerfWorkflow.Domain.Filings;

namespace PerfWorkflow.Domain.Audit;

/// <summary>
/// Where a filing stood before and after an audited action, as the audit trail spells it: <c>Declaration:InReview@2</c>
/// (stage, state of its form, the chain step when one is waiting). Written into the hashed audit line, so the
/// spelling never changes; read back to show it in Chinese.
/// </summary>
public readonly record struct AuditedPosition(CycleStage Stage, StageState State, int? Step)
{
    public static AuditedPosition Of(Filing filing) => new(filing.ActiveStage, filing.State, filing.CurrentStep);

    public override string ToString() => $"{Stage}:{State}" + (Step is { } step ? $"@{step}" : string.Empty);

    public static bool TryParse(string? text, out AuditedPosition position)
    {
        position = default;
        if (string.IsNullOrEmpty(text) || text.IndexOf(':') is not (> 0 and var colon))
        {
            return false;
        }

        var rest = text[(colon + 1)..];
        var (state, step) = rest.IndexOf('@') is var at and > 0 ? (rest[..at], rest[(at + 1)..]) : (rest, null);
        if (!TryName<CycleStage>(text[..colon], out var stage) || !TryName<StageState>(state, out var stageState))
        {
            return false;
        }

        int? number = int.TryParse(step, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;
        if (step is not null && number is null)
        {
            return false;
        }

        position = new AuditedPosition(stage, stageState, number);
        return true;
    }

    // By name only: Enum.TryParse would also read "1" as a stage.
    private static bool TryName<T>(string text, out T value)
        where T : struct, Enum
    {
        value = default;
        return Enum.GetNames<T>().Contains(text, StringComparer.Ordinal) && Enum.TryParse(text, out value);
    }
}
