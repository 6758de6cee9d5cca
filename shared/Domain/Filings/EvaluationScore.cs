using PerfWorkflow.Domain.Scoring;

namespace PerfWorkflow.Domain.Filings;

/// <summary>A self-evaluation's total (0–100 points) and grade (优/良/中/差), as scored by the service.</summary>
public sealed record EvaluationScore(decimal Points, PerformanceGrade Grade);
