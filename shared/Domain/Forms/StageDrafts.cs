using PerfWorkflow.Domain.Indicators;

namespace PerfWorkflow.Domain.Forms;

/// <summary>
/// The blank forms a filer starts online: the 部门整体预算绩效目标申报表 and the 项目支出绩效目标表 with only whose they are, and the forms of the later
/// stages, filled in from what was approved before (docs/domain.md §4, §5): the 绩效运行监控表 from the approved declaration's indicators and budget; the 自评表 from the declaration and the
/// monitoring form (its full-year forecasts as the first actual values, to be replaced by what was achieved).
/// </summary>
public static class StageDrafts
{
    /// <summary>部门预算支出合计: 基本支出 + 项目支出 (事业发展性支出 is stated beside them, docs/domain.md §2).</summary>
    public static decimal AnnualBudgetOf(DepartmentBudgetDeclaration declaration)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        return declaration.BasicExpenditure + declaration.ProjectExpenditure;
    }

    /// <summary>
    /// A declaration with nothing declared yet, for a department that has no file to import. The paper form states no
    /// year (the filing's year is the form's), so the department's name is all it carries; it is incomplete until the
    /// filer fills it (<see cref="Validation.DeclarationCompletenessRules"/>).
    /// </summary>
    public static DepartmentBudgetDeclaration Declaration(string departmentName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(departmentName);
        return new DepartmentBudgetDeclaration { DepartmentName = departmentName.Trim() };
    }

    /// <summary>
    /// A 项目支出绩效目标表 with no project yet, in 万元, for a department that fills it online: the filer adds each project
    /// row with its money, 绩效目标 and indicators, and the 合计 row (<see cref="Validation.ProjectTableMoneyRules"/>).
    /// </summary>
    public static ProjectPerformanceTable ProjectTable(string departmentName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(departmentName);
        return new ProjectPerformanceTable { DepartmentName = departmentName.Trim() };
    }

    public static PerformanceMonitoringForm Monitoring(DepartmentBudgetDeclaration declaration, int fiscalYear)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        return new PerformanceMonitoringForm
        {
            DepartmentName = declaration.DepartmentName,
            FiscalYear = fiscalYear,
            AnnualBudget = AnnualBudgetOf(declaration),
            Indicators = [.. declaration.Indicators.Select(i => new MonitoredIndicator { Indicator = Target(i) })],
        };
    }

    public static DepartmentSelfEvaluationTable SelfEvaluation(DepartmentBudgetDeclaration declaration, PerformanceMonitoringForm? monitoring, int fiscalYear)
    {
        ArgumentNullException.ThrowIfNull(declaration);
        var initial = AnnualBudgetOf(declaration);
        var adjusted = monitoring?.AnnualBudget ?? initial;
        var forecasts = (monitoring?.Indicators ?? [])
            .GroupBy(m => m.Indicator.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().ForecastFullYear, StringComparer.Ordinal);
        var indicators = declaration.Indicators
            .Select(i => Target(i) with { Actual = forecasts.TryGetValue(i.Name, out var forecast) && !string.IsNullOrWhiteSpace(forecast) ? forecast : null })
            .ToList();
        return new DepartmentSelfEvaluationTable
        {
            DepartmentName = declaration.DepartmentName,
            EvaluatedYear = fiscalYear,
            InitialBudget = initial,
            AdjustedBudget = adjusted,
            BudgetAdjustment = adjusted - initial,
            ActualExpenditure = monitoring?.ForecastFullYearExecution ?? 0m,
            ExpectedTarget = declaration.OverallTarget,
            Tasks =
            [
                new SelfEvaluationTask { Name = "部门整体绩效指标", ExpectedTarget = declaration.OverallTarget, Indicators = indicators },
                .. declaration.KeyTasks.Select(t => new SelfEvaluationTask { Name = t.Name, ExpectedTarget = t.ExpectedOutcome, Funds = t.PlannedFunds }),
            ],
        };
    }

    /// <summary>The approved indicator alone: what a declaration row carried beyond its targets is not carried on.</summary>
    private static IndicatorEntry Target(IndicatorEntry entry) => new(entry.Level1, entry.Level2, entry.Name, entry.PeriodTarget, entry.AnnualTarget);
}
