using PerfWorkflow.Domain.Indicators;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Domain.Scoring;

/// <summary>
/// Scores a 绩效自评 (docs/domain.md §5, 财预〔2020〕10号): 预算执行率 plus each indicator by its formula. Each 一级's weight is
/// spread evenly over its indicators unless the form states weights (分值); indicators marked 不适用 — and whole
/// categories without indicators — drop out and the remaining weights are rescaled to 100.
/// </summary>
public static class SelfEvaluationScorer
{
    public const string CategoryUnrecognised = "scoring.category-unrecognised";
    public const string StatedWeightsExceedCategory = "scoring.stated-weights-exceed-category";
    public const string NothingToScore = "scoring.nothing-to-score";

    /// <param name="executionRate">预算执行率 as a fraction (0.9616 for 96.16 %); null when not assessed.</param>
    public static SelfEvaluationScore Score(
        decimal? executionRate, IReadOnlyList<SelfEvaluationIndicator> indicators, ScoringOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        options ??= ScoringOptions.Default;
        var findings = new List<Finding>();
        var weights = AssignWeights(indicators, options.Weights, findings, out var buckets);

        var executionWeight = executionRate is null ? 0m : options.Weights.ExecutionRate;
        var applicableTotal = executionWeight + weights.Sum();
        if (applicableTotal <= 0m)
        {
            findings.Add(new Finding(NothingToScore, FindingSeverity.Error, "indicators", "没有可计分的指标，无法计算自评得分"));
            return new SelfEvaluationScore([], 0m, options.Grades.GradeOf(0m), findings);
        }

        var rescale = 100m / applicableTotal;
        var rescaleNote = applicableTotal == 100m ? "" : $"（可计分权重合计{IndicatorScoringRules.Show(applicableTotal)}，已按比例折算为100分）";
        var lines = new List<IndicatorScore>(indicators.Count + 1);
        var total = 0m;

        if (executionRate is { } rate)
        {
            var w = executionWeight * rescale;
            var score = Math.Clamp(rate, 0m, 1m) * w;
            total += score;
            lines.Add(new IndicatorScore(null, "预算执行率", null, Round(w), ScoringFormula.ExecutionRate, Round(score),
                $"预算执行率{IndicatorScoringRules.Show(rate * 100m)}%，得分 = 执行率 × 权重（最高为权重）= {IndicatorScoringRules.Show(Round(score))}分{rescaleNote}"));
        }

        for (var i = 0; i < indicators.Count; i++)
        {
            var indicator = indicators[i];
            var name = indicator.Entry.Name;
            if (indicator.NotApplicable)
            {
                lines.Add(new IndicatorScore(i, name, buckets[i], 0m, ScoringFormula.NotApplicable, 0m,
                    "不适用，不计分；其余指标权重按比例折算为100分"));
                continue;
            }

            if (buckets[i] is null)
            {
                lines.Add(new IndicatorScore(i, name, null, 0m, ScoringFormula.Unscorable, 0m, "指标分类无法识别，未计分"));
                continue;
            }

            var weight = weights[i] * rescale;
            var outcome = IndicatorScoringRules.Score(indicator, options);
            if (outcome.FailureCode is not null)
            {
                findings.Add(new Finding(outcome.FailureCode, FindingSeverity.Error, $"indicators[{i}].actual",
                    $"指标“{name}”：{outcome.Explanation}"));
            }

            var earned = outcome.Formula == ScoringFormula.Unscorable ? 0m : outcome.Share * weight;
            total += earned;
            lines.Add(new IndicatorScore(i, name, buckets[i], Round(weight), outcome.Formula, Round(earned),
                $"{outcome.Explanation}：{IndicatorScoringRules.Show(Round(earned))}分（权重{IndicatorScoringRules.Show(Round(weight))}分）{rescaleNote}"));
        }

        var rounded = Round(total);
        return new SelfEvaluationScore(lines, rounded, options.Grades.GradeOf(rounded), findings);
    }

    /// <summary>Raw (not yet rescaled) weight of each indicator; 0 for 不适用 and unclassifiable ones.</summary>
    private static decimal[] AssignWeights(
        IReadOnlyList<SelfEvaluationIndicator> indicators, ScoringWeights config, List<Finding> findings,
        out IndicatorLevel1Category?[] buckets)
    {
        var weights = new decimal[indicators.Count];
        var found = new IndicatorLevel1Category?[indicators.Count];
        buckets = found;
        for (var i = 0; i < indicators.Count; i++)
        {
            var entry = indicators[i].Entry;
            var classification = IndicatorCategoryClassifier.Classify(entry.Level1, entry.Level2);
            if (classification.Category is { } category)
            {
                found[i] = config.BucketOf(category.Level1);
            }
            else if (!indicators[i].NotApplicable)
            {
                findings.Add(new Finding(CategoryUnrecognised, FindingSeverity.Error, $"indicators[{i}].level1",
                    $"指标“{entry.Name}”的一级指标无法识别，未计分：{string.Join("；", classification.Problems)}"));
            }
        }

        var scored = Enumerable.Range(0, indicators.Count).Where(i => found[i] is not null && !indicators[i].NotApplicable);
        foreach (var group in scored.GroupBy(i => found[i]!.Value))
        {
            var members = group.ToList();
            var stated = members.Where(i => indicators[i].Entry.Weight is not null).ToList();
            var unstated = members.Where(i => indicators[i].Entry.Weight is null).ToList();
            foreach (var i in stated)
            {
                weights[i] = Math.Max(indicators[i].Entry.Weight!.Value, 0m);
            }

            if (unstated.Count == 0)
            {
                continue;
            }

            var categoryWeight = config.WeightOf(group.Key);
            var remaining = categoryWeight - stated.Sum(i => weights[i]);
            if (remaining < 0m)
            {
                findings.Add(new Finding(StatedWeightsExceedCategory, FindingSeverity.Warning, $"indicators[{stated[0]}].weight",
                    $"{IndicatorCategory.ChineseName(group.Key)}已填分值合计超过该类权重{IndicatorScoringRules.Show(categoryWeight)}分，未填分值的指标不再分配权重"));
                remaining = 0m;
            }

            foreach (var i in unstated)
            {
                weights[i] = remaining / unstated.Count;
            }
        }

        return weights;
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
