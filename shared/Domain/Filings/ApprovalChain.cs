namespace PerfWorkflow.Domain.Filings;

/// <summary>
/// The ordered steps a stage's form must pass. A filing pins the chain (with its version) when it enters a stage,
/// so later edits of the chain only affect filings that enter afterwards.
/// </summary>
public sealed record ApprovalChain(string ChainId, int Version, IReadOnlyList<ApprovalStep> Steps)
{
    public ApprovalStep Step(int number) =>
        Steps.FirstOrDefault(s => s.Number == number)
        ?? throw new FilingRuleException("chain.step-missing", $"审批链中没有第 {number} 步。");

    public bool IsLast(int number) => number >= Steps.Max(s => s.Number);

    public static ApprovalChain Create(string chainId, int version, IReadOnlyList<ApprovalStep> steps)
    {
        if (steps.Count == 0)
        {
            throw new FilingRuleException("chain.empty", "审批链至少需要一个审核步骤。");
        }

        var ordered = steps.OrderBy(s => s.Number).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (ordered[i].Number != i + 1)
            {
                throw new FilingRuleException("chain.numbering", "审批链的步骤必须从 1 开始连续编号。");
            }

            if (ordered[i].Assignees.Count == 0)
            {
                throw new FilingRuleException("chain.no-assignee", $"审批链第 {i + 1} 步（{ordered[i].Role}）没有可办理的人员。");
            }

            if (ordered[i].Mode == SignMode.Single && ordered[i].Assignees.Count != 1)
            {
                throw new FilingRuleException("chain.single-needs-one", $"审批链第 {i + 1} 步为单人审核，只能指定一名审核人。");
            }
        }

        return new ApprovalChain(chainId, version, ordered);
    }
}
