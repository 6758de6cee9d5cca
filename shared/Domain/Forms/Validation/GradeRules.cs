using System.Globalization;
using PerfWorkflow.Domain.Scoring;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Domain.Forms.Validation;

/// <summary>A stated 自评得分 and 等级 must agree by the grade bands (财预〔2020〕10号: 优 ≥ 90, 良 80–&lt;90 …).</summary>
public static class GradeRules
{
    public const string Mismatch = "grade.score-mismatch";
    public const string Unreadable = "grade.unreadable";
    public const string Missing = "grade.missing";
    public const string ScoreOutOfRange = "score.out-of-range";

    public static IEnumerable<Finding> Check(decimal? score, string? grade, GradeBands bands, string scorePath, string gradePath, string where)
    {
        ArgumentNullException.ThrowIfNull(bands);
        var written = grade?.Trim() ?? "";
        if (score is { } points && points is < 0m or > 100m)
        {
            yield return new Finding(ScoreOutOfRange, FindingSeverity.Error, scorePath,
                $"{where}自评得分{Show(points)}分超出0-100分的范围。");
            yield break;
        }

        if (written.Length == 0)
        {
            if (score is { } stated)
            {
                yield return new Finding(Missing, FindingSeverity.Warning, gradePath,
                    $"{where}写明自评得分{Show(stated)}分，但未写明等级（应为“{GradeBands.ChineseName(bands.GradeOf(stated))}”）。");
            }

            yield break;
        }

        var read = Read(written);
        if (read is null)
        {
            yield return new Finding(Unreadable, FindingSeverity.Error, gradePath,
                $"{where}等级“{written}”不是优、良、中、差之一。");
            yield break;
        }

        if (score is { } total && bands.GradeOf(total) is var expected && expected != read)
        {
            yield return new Finding(Mismatch, FindingSeverity.Error, gradePath,
                $"{where}自评得分{Show(total)}分，按等级标准（优≥{Show(bands.Excellent)}分，良≥{Show(bands.Good)}分，中≥{Show(bands.Fair)}分）" +
                $"应为“{GradeBands.ChineseName(expected)}”，报告写为“{written}”。");
        }
    }

    private static string Show(decimal points) => points.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>优/优秀, 良/良好, 中/中等/一般, 差/较差.</summary>
    public static PerformanceGrade? Read(string grade) => grade.Trim() switch
    {
        "优" or "优秀" => PerformanceGrade.Excellent,
        "良" or "良好" => PerformanceGrade.Good,
        "中" or "中等" or "一般" => PerformanceGrade.Fair,
        "差" or "较差" => PerformanceGrade.Poor,
        _ => null,
    };
}
