using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Domain.Forms.Validation;

/// <summary>Money checks of a 项目支出绩效目标表: rows add up to 合计, each row's sources add up to its 总计.</summary>
public static class ProjectTableMoneyRules
{
    public static IReadOnlyList<Finding> Validate(ProjectPerformanceTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var findings = new List<Finding>();

        for (var i = 0; i < table.Rows.Count; i++)
        {
            AddRowSourcesCheck(table.Rows[i], $"rows[{i}]", findings);
        }

        if (table.TotalRow is not null)
        {
            AddRowSourcesCheck(table.TotalRow, "totalRow", findings);
        }

        var projects = table.Rows.Where(r => r.Kind == ProjectTableRowKind.Project).ToList();
        var projectSum = projects.Sum(r => r.Total ?? 0m);
        if (table.TotalRow?.Total is { } stated)
        {
            if (!MoneyText.Balances(projectSum, stated, projects.Count))
            {
                findings.Add(new Finding("money.project-rows-total-mismatch", FindingSeverity.Error, "totalRow.total",
                    $"各项目总计之和{MoneyText.Wan(projectSum)}与合计行{MoneyText.Wan(stated)}不一致。"));
            }
        }
        else if (projects.Count > 0)
        {
            findings.Add(new Finding("money.project-total-row-missing", FindingSeverity.Warning, "totalRow",
                "项目支出绩效目标表缺少合计行，无法核对总额。"));
        }

        AddFundingUnitChecks(table, findings);
        return findings;
    }

    private static void AddRowSourcesCheck(ProjectTableRow row, string path, List<Finding> findings)
    {
        if (row.Total is not { } total)
        {
            return;
        }

        var sources = (row.FiscalAppropriation ?? 0m) + (row.FiscalSpecialAccount ?? 0m) + (row.OtherFunds ?? 0m);
        if (!MoneyText.Balances(sources, total, 3))
        {
            findings.Add(new Finding("money.project-row-sources-mismatch", FindingSeverity.Error, path + ".total",
                $"“{row.Name}”的财政拨款、财政专户拨款、其他资金之和{MoneyText.Wan(sources)}与总计{MoneyText.Wan(total)}不一致。"));
        }
    }

    /// <summary>A 资金使用单位 row subtotals the projects listed after it, up to the next unit row.</summary>
    private static void AddFundingUnitChecks(ProjectPerformanceTable table, List<Finding> findings)
    {
        for (var i = 0; i < table.Rows.Count; i++)
        {
            var unit = table.Rows[i];
            if (unit.Kind != ProjectTableRowKind.FundingUnit || unit.Total is not { } stated)
            {
                continue;
            }

            var members = table.Rows.Skip(i + 1).TakeWhile(r => r.Kind == ProjectTableRowKind.Project).ToList();
            var sum = members.Sum(r => r.Total ?? 0m);
            if (!MoneyText.Balances(sum, stated, members.Count))
            {
                findings.Add(new Finding("money.funding-unit-subtotal-mismatch", FindingSeverity.Error, $"rows[{i}].total",
                    $"资金使用单位“{unit.Name}”小计{MoneyText.Wan(stated)}与其下项目总计之和{MoneyText.Wan(sum)}不一致。"));
            }
        }
    }
}
