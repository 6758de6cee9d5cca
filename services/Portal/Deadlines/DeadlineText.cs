using CycleStageNames = PerfWorkflow.Domain.Filings.CycleStageNames;
using PerfWorkflow.Portal.Api;

namespace PerfWorkflow.Portal.Deadlines;

/// <summary>How the pages word a filing's deadline and what has to happen next, from its state and Workflow's deadline row.</summary>
public static class DeadlineText
{
    public static string DueDate(DeadlineDto? deadline) => deadline?.DueDate is { } due ? due.ToString("yyyy-MM-dd") : "—";

    /// <summary>"剩余 8 个工作日", "逾期 3 天", "已提交审核" or "—".</summary>
    public static string Standing(DeadlineDto? deadline) => deadline switch
    {
        null or { DueDate: null } => "—",
        { Overdue: true } => $"逾期 {deadline.DaysOverdue} 天",
        { StageState: "Approved" } => "已审核通过",
        { StageState: "InReview" } => "已提交审核",
        { WorkingDaysLeft: { } left } => $"剩余 {left} 个工作日",
        _ => "—",
    };

    /// <summary>The CSS class of the standing: overdue in red, the last three working days in amber.</summary>
    public static string? StandingClass(DeadlineDto? deadline) => deadline switch
    {
        { Overdue: true } => "overdue",
        { StageState: "Draft" or "Returned", WorkingDaysLeft: <= 3 } => "due-soon",
        _ => null,
    };

    /// <summary>The next action in words, for whoever reads the filing.</summary>
    public static string NextAction(FilingDto filing, DeadlineDto? deadline)
    {
        var stage = CycleStageNames.OfKey(filing.ActiveStage);
        var by = deadline?.DueDate is { } due ? $"，截止 {due:yyyy年M月d日}" : string.Empty;
        if (filing.Stage == "Closed")
        {
            return "本年度绩效管理已办结。";
        }

        return filing.State switch
        {
            "Draft" when filing.ActiveStage == "Rectification" => "落实整改事项，逐项提交整改情况供财政局核实。",
            "Draft" => $"填报人填写{stage}表单并提交审核{by}。",
            "Returned" => $"填报人按退回意见修改{stage}表单后重新提交{by}。",
            "InReview" when filing.CurrentStepRole is { } role => $"等待第 {filing.CurrentStep} 步{role}审核。",
            "InReview" => "等待审核。",
            "Approved" when deadline?.NextStage is { } next && deadline.NextStageOpens is { } opens =>
                $"{stage}已审核通过；{CycleStageNames.OfKey(next)}将于 {opens:yyyy年M月d日} 开启。",
            "Approved" => $"{stage}已审核通过。",
            _ => "—",
        };
    }
}
