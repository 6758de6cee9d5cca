using CycleStageNames = PerfWorkflow.Domain.Filings.CycleStageNames;
namespace PerfWorkflow.Portal;

/// <summary>The Chinese names the pages print for the actions of a filing's audit trail.</summary>
public static class AuditActionNames
{
    public static string Of(string action) => action switch
    {
        "open" => "建档",
        "submit" => "提交",
        "approve" => "审核通过",
        "sign-off" => "签认",
        "return" => "退回修改",
        "return-to-previous-step" => "退回上一步审核",
        "withdraw" => "撤回",
        "transfer" => "转办",
        "comment" => "意见",
        "adjust-score" => "抽查复核调整评分",
        "raise-rectification" => "提出整改事项",
        "submit-rectification" => "提交整改材料",
        "verify-rectification" => "整改核实通过",
        "reject-rectification" => "整改退回",
        "open-stage" => "开启阶段",
        "start-target-adjustment" => "申请调整绩效目标",
        "cancel-target-adjustment" => "取消调整绩效目标",
        "demo-history" => "历史数据（系统上线前）",
        "save-form" => "保存表单",
        "import-form" => "导入表单",
        _ => action,
    };

    /// <summary>"Declaration:InReview@2" → "绩效目标申报 · 审核中（第2步）".</summary>
    public static string OfState(string? state)
    {
        if (string.IsNullOrEmpty(state))
        {
            return "—";
        }

        if (!PerfWorkflow.Domain.Audit.AuditedPosition.TryParse(state, out var position))
        {
            return state;
        }

        return $"{CycleStageNames.Of(position.Stage)} · {PerfWorkflow.Domain.Filings.StageStateNames.Of(position.State)}" + (position.Step is { } step ? $"（第{step}步）" : string.Empty);
    }
}
