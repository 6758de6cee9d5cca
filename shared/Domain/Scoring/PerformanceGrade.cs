namespace PerfWorkflow.Domain.Scoring;

/// <summary>自评等级: 优 / 良 / 中 / 差.</summary>
public enum PerformanceGrade
{
    /// <summary>优.</summary>
    Excellent,

    /// <summary>良.</summary>
    Good,

    /// <summary>中.</summary>
    Fair,

    /// <summary>差.</summary>
    Poor,
}
