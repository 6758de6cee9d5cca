using System.Text;
using System.Text.RegularExpressions;
using PerfWorkflow.Domain.Forms;

namespace PerfWorkflow.Portal.Forms;

/// <summary>The Chinese names the pages print for form kinds and for the JSON field paths findings and diffs name.</summary>
public static partial class FormLabels
{
    /// <summary>Amounts in 万元: printed with two decimals and the unit.</summary>
    public static readonly IReadOnlySet<string> MoneyFields = new HashSet<string>(StringComparer.Ordinal)
    {
        "basicExpenditure", "projectExpenditure", "developmentSpecialFunds", "otherDevelopmentExpenditure", "fiscalAppropriation",
        "otherFunds", "districtLevelFunds", "transferPaymentFunds", "plannedFunds", "otherTasksPlannedFunds", "initialBudget",
        "adjustedBudget", "budgetAdjustment", "actualExpenditure", "generalPublicBudgetExpenditure", "annualBudget", "executed",
        "executedJanuaryToJune", "forecastFullYearExecution", "total", "fiscalSpecialAccount", "budget", "amount", "evaluatedProjectFunds",
    };

    private static readonly Dictionary<string, string> Fields = new(StringComparer.Ordinal)
    {
        ["departmentName"] = "部门名称", ["basicExpenditure"] = "基本支出", ["projectExpenditure"] = "项目支出",
        ["developmentSpecialFunds"] = "事业发展性支出 · 财政专项资金", ["otherDevelopmentExpenditure"] = "事业发展性支出 · 其他事业发展性支出",
        ["fiscalAppropriation"] = "收入来源 · 财政拨款", ["otherFunds"] = "收入来源 · 其他资金", ["districtLevelFunds"] = "按预算级次 · 区本级使用资金",
        ["transferPaymentFunds"] = "按预算级次 · 拟用于对下转移支付资金", ["overallTarget"] = "总体绩效目标", ["keyTasks"] = "年度重点工作任务",
        ["otherTasks"] = "其他需完成的任务", ["otherTasksPlannedFunds"] = "其他任务拟投入资金", ["indicators"] = "绩效指标",
        ["level1"] = "一级指标", ["level2"] = "二级指标", ["name"] = "名称", ["content"] = "主要内容", ["plannedFunds"] = "拟投入资金",
        ["expectedOutcome"] = "预期达到的效果", ["periodTarget"] = "实施周期指标值", ["annualTarget"] = "年度指标值", ["actual"] = "实际完成值",
        ["weight"] = "分值", ["statedScore"] = "得分", ["note"] = "偏差原因/备注", ["rows"] = "项目", ["totalRow"] = "合计行",
        ["moneyUnit"] = "金额单位", ["total"] = "总计", ["fiscalSpecialAccount"] = "财政专户拨款", ["performanceTarget"] = "绩效目标", ["kind"] = "类别",
        ["evaluatedYear"] = "评价年度", ["fiscalYear"] = "年度", ["initialBudget"] = "年初预算", ["adjustedBudget"] = "调整预算",
        ["budgetAdjustment"] = "年度预算调整数", ["actualExpenditure"] = "实际支出", ["generalPublicBudgetExpenditure"] = "一般公共预算支出",
        ["statedExecutionRate"] = "预算完成率（填报）", ["statedAdjustmentRate"] = "预算调整率（填报）", ["expectedTarget"] = "年初设定目标",
        ["targetCompletion"] = "目标完成情况", ["tasks"] = "年度主要任务", ["keyProjectPerformance"] = "重点项目绩效",
        ["overallPerformance"] = "整体绩效", ["problems"] = "存在的问题", ["improvementMeasures"] = "改进措施",
        ["executionShortfallExplanation"] = "执行率偏低原因说明", ["sections"] = "报告章节", ["heading"] = "标题", ["paragraphs"] = "正文",
        ["basicInformation"] = "基本情况", ["conclusionSummary"] = "自评结论", ["score"] = "自评得分", ["grade"] = "等级",
        ["annualBudget"] = "全年预算数", ["executed"] = "执行数", ["projectExecutions"] = "项目执行情况", ["projectName"] = "项目名称",
        ["budget"] = "预算数", ["shortfallExplanation"] = "偏低原因说明", ["executedJanuaryToJune"] = "1–6 月执行数",
        ["forecastFullYearExecution"] = "全年预计执行", ["completedByJune"] = "截至 6 月底完成值", ["expectedFullYear"] = "全年预计完成值",
        ["likelihood"] = "完成目标可能性", ["deviationCause"] = "偏差原因", ["correctiveAction"] = "纠偏措施", ["items"] = "整改事项",
        ["uses"] = "支出合计", ["sources"] = "收入来源合计", ["levels"] = "按预算级次合计", ["executionRate"] = "预算完成率",
        ["budgetRestatements"] = "再次写明的收支数", ["fundingSources"] = "按资金来源分", ["label"] = "项目", ["amount"] = "金额",
        ["evaluatedProjectFunds"] = "自评项目资金", ["statedEvaluatedProjectShare"] = "自评项目资金占项目支出比例（填报）",
        ["sentenceLocators"] = "数据所在语句", ["sentences"] = "句", ["statedGrade"] = "等级（填报）",
    };

    /// <summary>The form's title (<see cref="FormKinds"/>); a key that names no form is shown as it is.</summary>
    public static string OfKind(string kind) => FormKinds.TitleOf(kind);

    public static string OfField(string name) => Fields.TryGetValue(name, out var label) ? label : name;

    /// <summary>"indicators[6].annualTarget" → "绩效指标 第7项 · 年度指标值".</summary>
    public static string OfPath(string path) => OfPath(path, null);

    /// <summary>
    /// As <see cref="OfPath(string)"/>, naming each listed item by its own name when the form has one:
    /// "indicators[6].annualTarget" → "绩效指标 第7项「开展招商活动次数」 · 年度指标值".
    /// </summary>
    public static string OfPath(string path, System.Text.Json.JsonElement? document)
    {
        var at = document;
        if (string.IsNullOrEmpty(path))
        {
            return "整张表";
        }

        var text = new StringBuilder();
        foreach (Match m in Segment().Matches(path))
        {
            if (m.Groups["index"].Success)
            {
                var index = int.Parse(m.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
                at = at is { ValueKind: System.Text.Json.JsonValueKind.Array } list && index < list.GetArrayLength() ? list[index] : null;
                var name = at is { ValueKind: System.Text.Json.JsonValueKind.Object } item && item.TryGetProperty("name", out var n) && n.ValueKind == System.Text.Json.JsonValueKind.String
                    ? n.GetString() : null;
                text.Append($" 第{index + 1}项").Append(string.IsNullOrWhiteSpace(name) ? string.Empty : $"「{name}」");
                continue;
            }

            at = at is { ValueKind: System.Text.Json.JsonValueKind.Object } parent && parent.TryGetProperty(m.Groups["name"].Value, out var child) ? child : null;
            if (m.Groups["name"].Value != "budget")
            {
                text.Append(text.Length == 0 ? string.Empty : " · ").Append(OfField(m.Groups["name"].Value));
            }
        }

        // "budget" alone is the whole money block of a declaration (e.g. none of it filled yet).
        return text.Length > 0 ? text.ToString().Trim() : path == "budget" ? "部门预算" : path;
    }

    [GeneratedRegex(@"(?<name>[A-Za-z]+)|\[(?<index>\d+)\]")]
    private static partial Regex Segment();
}
