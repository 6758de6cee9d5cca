namespace PerfWorkflow.Domain.Filings;

/// <summary>The names people read for each state of a stage.</summary>
public static class StageStateNames
{
    public static string Of(StageState state) => state switch
    {
        StageState.Draft => "草稿",
        StageState.InReview => "审核中",
        StageState.Returned => "退回修改",
        StageState.Approved => "已审核通过",
        _ => state.ToString(),
    };
}
