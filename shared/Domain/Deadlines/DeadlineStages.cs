using PerfWorkflow.Domain.Filings;

namespace PerfWorkflow.Domain.Deadlines;

/// <summary>
/// The stages the cycle calendar gives a window and a due date (this repository's docs/domain.md, §7 Calendar), in
/// order, and the reading of a stage key as the services exchange it ("Declaration").
/// </summary>
public static class DeadlineStages
{
    public static IReadOnlyList<CycleStage> All { get; } = [CycleStage.Declaration, CycleStage.Monitoring, CycleStage.SelfEvaluation];

    public static bool HasDeadline(CycleStage stage) => All.Contains(stage);

    /// <summary>The stages with a deadline that come after <paramref name="stage"/>, in order.</summary>
    public static IEnumerable<CycleStage> After(CycleStage stage) => All.Where(s => s > stage);

    /// <summary>The next stage with a deadline, or null after the last.</summary>
    public static CycleStage? NextAfter(CycleStage stage) => After(stage).Select(s => (CycleStage?)s).FirstOrDefault();

    /// <summary>A stage key as contracts carry it ("SelfEvaluation"); false for anything that names no stage.</summary>
    public static bool TryParse(string key, out CycleStage stage)
    {
        // Only a stage's own name: Enum.TryParse would also read "1" or "Declaration, Monitoring".
        var known = Enum.GetNames<CycleStage>().Contains(key, StringComparer.Ordinal);
        stage = known ? Enum.Parse<CycleStage>(key) : default;
        return known;
    }
}
