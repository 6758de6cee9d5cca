namespace PerfWorkflow.Portal.Dashboard;

/// <summary>预算完成率 of one department's self-evaluation: executed ÷ (adjusted) budget, in percent to two decimals.</summary>
public sealed record ExecutionRate(string DepartmentId, string Department, decimal Budget, decimal Executed)
{
    public decimal Percent => Budget == 0m ? 0m : Math.Round(Executed / Budget * 100m, 2, MidpointRounding.AwayFromZero);
}
