namespace PerfWorkflow.Domain.Indicators;

/// <summary>
/// What the classifier made of a 一级 / 二级 pair as written. <see cref="Category"/> is null when it could not tell
/// the 一级; <see cref="Problems"/> says in Chinese what it could not read (an empty list means a clean reading).
/// </summary>
public sealed record IndicatorClassification(IndicatorCategory? Category, IReadOnlyList<string> Problems)
{
    public bool IsRecognised => Category is not null && Problems.Count == 0;
}
