using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Indicators;
using PerfWorkflow.Domain.Scoring;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Cli;

/// <summary>
/// Turns a 自评表 or 自评报告 into the scorer's input and scores it. The execution rate is recomputed from the
/// form's amounts (a stated rate may be wrong, as seed 003's 96.20 % is); indicators count only when they have an
/// 实际完成值 and a category or target to score against.
/// </summary>
public static class SelfEvaluationScoring
{
    public const string ExecutionOnly = "score.execution-only";

    public static ScoreOutcome Score(LoadedForm loaded, QualitativeAssessment? defaultAssessment)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        return loaded.Form switch
        {
            DepartmentSelfEvaluationTable table => ScoreTable(table, defaultAssessment),
            SelfEvaluationReport report => ScoreReport(report),
            _ => throw new InputProblemException($"该表单（{FormKinds.TitleOf(loaded.Kind)}）不是自评表，无法评分。评分只适用于部门整体支出绩效自评表或自评报告。"),
        };
    }

    private static ScoreOutcome ScoreTable(DepartmentSelfEvaluationTable table, QualitativeAssessment? assessment)
    {
        var scored = SelfEvaluationTableScore.Of(table, null, assessment);
        var remarks = new List<string>();
        if (scored.Unscored > 0)
        {
            remarks.Add($"{scored.Unscored}个关键指标缺少实际完成值，或既无指标分类也无年度指标值，未参与计分。");
        }

        if (scored.ExecutionRate is null && scored.Paths.Count == 0)
        {
            throw new InputProblemException("该自评表没有可计分的内容：调整预算为0，且没有带实际完成值和年度指标值的指标。");
        }

        return Outcome(scored.Score, scored.ExecutionRate, scored.Paths, remarks, null, null);
    }

    private static ScoreOutcome ScoreReport(SelfEvaluationReport report)
    {
        if (report.AnnualBudget is not > 0m || report.Executed is not { } executed)
        {
            throw new InputProblemException("该自评报告没有可计分的内容：未能读出全年预算数和执行数，且报告不含指标表。");
        }

        var rate = executed / report.AnnualBudget.Value;
        var score = SelfEvaluationScorer.Score(rate, []);
        var remarks = new List<string> { "自评报告不含指标表，得分仅按预算执行率计算（权重折算为100分），请结合自评表复核。" };
        return Outcome(score, rate, [], remarks, report.Score, string.IsNullOrWhiteSpace(report.Grade) ? null : report.Grade.Trim());
    }

    private static ScoreOutcome Outcome(
        SelfEvaluationScore score, decimal? rate, IReadOnlyList<string> paths, List<string> remarks, decimal? statedScore, string? statedGrade)
    {
        var findings = score.Findings.Select(f => Remap(f, paths)).Select(f => ReportedFinding.From(f, "scoring")).ToList();
        var indicatorLines = score.Lines.Count(l => l.Index is not null);
        if (rate is not null && indicatorLines == 0)
        {
            findings.Add(new ReportedFinding(ExecutionOnly, FindingSeverity.Warning, "indicators",
                "没有可计分的绩效指标，自评得分仅反映预算执行率。", "scoring"));
        }

        var lines = score.Lines.Select(l => new ScoreLine(
            l.Index is { } i ? paths[i] : "budget.executionRate",
            l.Name,
            l.Category is { } c ? IndicatorCategory.ChineseName(c) : null,
            l.Weight,
            l.Formula,
            l.Score,
            l.Explanation)).ToList();
        return new ScoreOutcome(score.Total, score.Grade, score.IsComplete, rate, statedScore, statedGrade, lines, findings, remarks);
    }

    private static Finding Remap(Finding finding, IReadOnlyList<string> paths)
    {
        const string Head = "indicators[";
        var close = finding.FieldPath.IndexOf(']', StringComparison.Ordinal);
        if (!finding.FieldPath.StartsWith(Head, StringComparison.Ordinal) || close < 0
            || !int.TryParse(finding.FieldPath.AsSpan(Head.Length, close - Head.Length), out var index) || index >= paths.Count)
        {
            return finding;
        }

        return finding with { FieldPath = paths[index] + finding.FieldPath[(close + 1)..] };
    }

    /// <summary>"达成:90", "partly:70": the tier and share of the weight a reviewer gives every 定性 indicator.</summary>
    public static QualitativeAssessment? ParseAssessment(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var parts = text.Split(':', '：');
        QualitativeTier? tier = parts[0].Trim().ToLowerInvariant() switch
        {
            "达成" or "achieved" => QualitativeTier.Achieved,
            "部分达成" or "partly" => QualitativeTier.PartlyAchieved,
            "未达成" or "not" => QualitativeTier.NotAchieved,
            _ => null,
        };
        if (tier is null || parts.Length != 2
            || !decimal.TryParse(parts[1].Trim().TrimEnd('%'), System.Globalization.NumberStyles.Number, System.Globalization.CultureInfo.InvariantCulture, out var share)
            || share is < 0m or > 100m)
        {
            throw new InputProblemException($"--qualitative 的取值“{text}”无效，应为 档次:百分比，如 达成:90、部分达成:70、未达成:40。");
        }

        return new QualitativeAssessment(tier.Value, share);
    }
}
