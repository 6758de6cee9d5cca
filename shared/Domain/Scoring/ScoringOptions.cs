namespace PerfWorkflow.Domain.Scoring;

/// <summary>Everything a finance bureau may tune in self-evaluation scoring.</summary>
public sealed record ScoringOptions
{
    public static ScoringOptions Default { get; } = new();

    public ScoringWeights Weights { get; init; } = ScoringWeights.Default;

    public GradeBands Grades { get; init; } = GradeBands.Default;

    /// <summary>Band of each qualitative tier, in percent of the weight, both ends allowed.</summary>
    public (decimal Low, decimal High) BandOf(QualitativeTier tier) => tier switch
    {
        QualitativeTier.Achieved => (AchievedFloor, 100m),
        QualitativeTier.PartlyAchieved => (PartlyAchievedFloor, AchievedFloor),
        _ => (0m, PartlyAchievedFloor),
    };

    public decimal AchievedFloor { get; init; } = 80m;

    public decimal PartlyAchievedFloor { get; init; } = 60m;
}
