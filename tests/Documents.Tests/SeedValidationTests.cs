using PerfWorkflow.Documents.Text;
using PerfWorkflow.Domain.Forms.Validation;
using PerfWorkflow.Domain.Indicators;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Documents.Tests;

/// <summary>The money/rate rules report exactly the real anomalies of the five filings, nothing more.</summary>
public class SeedValidationTests
{
    [Fact]
    public void Seed000_declaration_balances()
    {
        var form = DepartmentDeclarationTextImporter.Import(Seed.Text(Seed.Declaration000)).Form!;
        Assert.Empty(DeclarationMoneyRules.Validate(form));
    }

    [Fact]
    public void Seed004_declaration_balances_with_development_spending_and_one_cent_rounding()
    {
        var form = DepartmentDeclarationTextImporter.Import(Seed.Text(Seed.Declaration004)).Form!;
        Assert.Empty(DeclarationMoneyRules.Validate(form));
        // Without 事业发展性支出 it would not balance: the rule accepts it only because that reading exists.
        var withoutDevelopment = form with { DevelopmentSpecialFunds = 0m, OtherDevelopmentExpenditure = 0m };
        Assert.Contains(DeclarationMoneyRules.Validate(withoutDevelopment), f => f.Code == "money.uses-sources-mismatch");
    }

    [Fact]
    public void Seed002_project_rows_add_up_to_total()
    {
        var table = ProjectTableTextImporter.Import(Seed.Text(Seed.ProjectTable002)).Form!;
        Assert.Empty(ProjectTableMoneyRules.Validate(table));
    }

    [Fact]
    public void Seed003_stated_execution_rate_is_flagged_and_nothing_else()
    {
        var form = SelfEvaluationTableTextImporter.Import(Seed.Text(Seed.SelfEvaluation003)).Form!;
        var finding = Assert.Single(SelfEvaluationTableMoneyRules.Validate(form));
        Assert.Equal("rate.execution-mismatch", finding.Code);
        Assert.Equal(FindingSeverity.Error, finding.Severity);
        Assert.Contains("96.20%", finding.Message, StringComparison.Ordinal);
        Assert.Contains("96.16%", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>
    /// Seed 001's department rate (95.8 % = 1,104.37 ÷ 1,153.25 at one decimal) is right and no error is raised. One
    /// warning is real: the project 仲裁解除用地合同经费 executed 89.3 % (185.3 ÷ 207.5) and the report gives no reason,
    /// while practice asks for one below 90 %. It is a warning because the 自评 is scored on the department rate.
    /// </summary>
    [Fact]
    public void Seed001_report_has_only_the_unexplained_low_project_warning()
    {
        var report = SelfEvaluationReportTextImporter.Import(Seed.Text(Seed.Report001)).Form!;
        var finding = Assert.Single(SelfEvaluationReportMoneyRules.Validate(report));
        Assert.Equal("rate.project-execution-low-unexplained", finding.Code);
        Assert.Equal(FindingSeverity.Warning, finding.Severity);
        Assert.Contains("仲裁解除用地合同经费", finding.Message, StringComparison.Ordinal);
    }

    /// <summary>The imported indicator tables feed the indicator checks unchanged (those checks are another module's).</summary>
    [Fact]
    public void Imported_indicators_show_seed_004s_unit_mismatch_and_nothing_on_seed_000()
    {
        var seed004 = DepartmentDeclarationTextImporter.Import(Seed.Text(Seed.Declaration004)).Form!;
        var error = Assert.Single(IndicatorValidator.Validate(seed004.Indicators).Findings, f => f.Severity == FindingSeverity.Error);
        Assert.Equal((IndicatorValidator.UnitMismatch, "indicators[6].annualTarget"), (error.Code, error.FieldPath));

        var seed000 = DepartmentDeclarationTextImporter.Import(Seed.Text(Seed.Declaration000)).Form!;
        Assert.Empty(IndicatorValidator.Validate(seed000.Indicators).Findings);
    }
}
