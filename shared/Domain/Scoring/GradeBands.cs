namespace PerfWorkflow.Domain.Scoring;

/// <summary>Lower bounds of the grades (财预〔2020〕10号): 优 ≥ 90, 良 80–&lt;90, 中 60–&lt;80, 差 &lt; 60.</summary>
public sealed record GradeBands(decimal Excellent = 90m, decimal Good = 80m, decimal Fair = 60m)
{
    public static GradeBands Default { get; } = new();

    public PerformanceGrade GradeOf(decimal total) =>
        total >= Excellent ? PerformanceGrade.Excellent
        : total >= Good ? PerformanceGrade.Good
        : total >= Fair ? PerformanceGrade.Fair
        : PerformanceGrade.Poor;

    public static string ChineseName(PerformanceGrade grade) => grade switch
    {
        PerformanceGrade.Excellent => "优",
        PerformanceGrade.Good => "良",
        PerformanceGrade.Fair => "中",
        _ => "差",
    };
}
