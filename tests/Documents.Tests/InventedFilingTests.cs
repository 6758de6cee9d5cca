using PerfWorkflow.Documents.Text;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Forms.Validation;
using PerfWorkflow.Domain.Indicators;
using PerfWorkflow.Domain.Validation;

namespace PerfWorkflow.Documents.Tests;

/// <summary>
/// Filings invented in the seeds' layouts (Filings/), one fault or one fix each, read by the importers and checked by
/// the one <see cref="FormValidator"/> the command line, the API and the Portal share.
/// </summary>
public class InventedFilingTests
{
    private static string Filing(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Filings", name));

    private static (object Form, IReadOnlyList<Finding> Findings) Validate(string text, FormValidationOptions? options = null)
    {
        var outcome = FormDocumentImporter.Import(System.Text.Encoding.UTF8.GetBytes(text));
        Assert.True(outcome.Form is not null, string.Join("\n", outcome.Notes.Select(n => n.Message)));
        Assert.DoesNotContain(outcome.Notes, n => n.Severity == FindingSeverity.Error);
        return (outcome.Form!, FormValidator.Validate(outcome.Form!, options ?? FormValidationOptions.Default).Findings);
    }

    [Fact]
    public void A_report_with_every_fault_gets_one_finding_per_fault_each_pointing_to_its_sentence()
    {
        var (_, findings) = Validate(Filing("report-faults.txt"));

        Assert.Equal(
            [
                ("grade.score-mismatch", FindingSeverity.Error, "sections[4].paragraphs[0].sentences[0]"),
                ("money.expenditure-split-mismatch", FindingSeverity.Error, "sections[2].paragraphs[1].sentences[1]"),
                ("money.report-sources-mismatch", FindingSeverity.Error, "sections[2].paragraphs[1].sentences[0]"),
                ("money.restatement-mismatch", FindingSeverity.Error, "sections[4].paragraphs[0].sentences[0]"),
                ("rate.evaluated-project-share-mismatch", FindingSeverity.Error, "sections[5].paragraphs[0].sentences[0]"),
                ("rate.execution-low-unexplained", FindingSeverity.Warning, "sections[2].paragraphs[0].sentences[0]"),
                ("rate.execution-mismatch", FindingSeverity.Error, "sections[2].paragraphs[0].sentences[0]"),
                ("rate.project-execution-low-unexplained", FindingSeverity.Warning, "sections[5].paragraphs[0].sentences[0]"),
                ("rate.project-execution-mismatch", FindingSeverity.Error, "sections[5].paragraphs[0].sentences[0]"),
            ],
            findings.Select(f => (f.Code, f.Severity, f.FieldPath)).Order());
    }

    [Fact]
    public void Report_messages_name_the_figures_the_project_and_the_section()
    {
        var (_, findings) = Validate(Filing("report-faults.txt"));

        var rate = Assert.Single(findings, f => f.Code == "rate.execution-mismatch");
        Assert.Contains("76.0%", rate.Message, StringComparison.Ordinal);
        Assert.Contains("75.0%", rate.Message, StringComparison.Ordinal);
        Assert.Contains("（二）部门整体收支情况", rate.Message, StringComparison.Ordinal);

        var grade = Assert.Single(findings, f => f.Code == "grade.score-mismatch");
        Assert.Contains("86.5分", grade.Message, StringComparison.Ordinal);
        Assert.Contains("应为“良”", grade.Message, StringComparison.Ordinal);

        var project = Assert.Single(findings, f => f.Code == "rate.project-execution-low-unexplained");
        Assert.Contains("旧村改造前期研究经费", project.Message, StringComparison.Ordinal);

        var projectRate = Assert.Single(findings, f => f.Code == "rate.project-execution-mismatch");
        Assert.Contains("老旧小区微改造经费", projectRate.Message, StringComparison.Ordinal);
        Assert.Contains("97.50%", projectRate.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_low_rate_with_a_reason_written_near_it_passes_and_the_reason_is_kept()
    {
        var (form, findings) = Validate(Filing("report-explained.txt"));

        Assert.Empty(findings);
        var report = Assert.IsType<SelfEvaluationReport>(form);
        Assert.StartsWith("偏差原因：受征拆进度影响", report.ExecutionShortfallExplanation, StringComparison.Ordinal);
        Assert.StartsWith("未完成原因为征拆工作滞后", report.ProjectExecutions[0].ShortfallExplanation, StringComparison.Ordinal);
        Assert.Equal([new BudgetStatement(2000m, 1500m, new StatedPercentage(75m, 0))], report.BudgetRestatements);
        Assert.Equal([new LabelledAmount("一般公共预算财政拨款支出", 1450m), new LabelledAmount("其他资金支出", 50m)], report.FundingSources);
    }

    [Fact]
    public void The_explanation_threshold_is_a_setting_passed_in()
    {
        var text = Filing("report-faults.txt");

        var strict = Validate(text, FormValidationOptions.Default with { ExecutionExplanationThresholdPercent = 98m }).Findings;
        var lenient = Validate(text, FormValidationOptions.Default with { ExecutionExplanationThresholdPercent = 40m }).Findings;

        // At 98 % the 97.5 % project needs a reason too; at 40 % nothing in the report does.
        Assert.Equal(2, strict.Count(f => f.Code == "rate.project-execution-low-unexplained"));
        Assert.DoesNotContain(lenient, f => f.Code.EndsWith("-low-unexplained", StringComparison.Ordinal));
    }

    [Fact]
    public void A_self_evaluation_table_is_held_to_the_same_grade_bands()
    {
        var (form, findings) = Validate(Filing("table-grade-contradicts-score.txt"));

        var table = Assert.IsType<DepartmentSelfEvaluationTable>(form);
        Assert.Equal((85.5m, "优"), (table.StatedScore, table.StatedGrade));
        var finding = Assert.Single(findings);
        Assert.Equal(("grade.score-mismatch", FindingSeverity.Error, "statedGrade"), (finding.Code, finding.Severity, finding.FieldPath));
    }

    [Fact]
    public void A_self_evaluation_table_below_the_threshold_needs_its_stated_reason()
    {
        var explained = Filing("table-low-execution-explained.txt");
        var unexplained = string.Join("\n", explained.Split('\n').Where(l => !l.StartsWith("偏差原因", StringComparison.Ordinal)));

        Assert.Empty(Validate(explained).Findings);
        var finding = Assert.Single(Validate(unexplained).Findings);
        Assert.Equal(("rate.execution-low-unexplained", FindingSeverity.Error), (finding.Code, finding.Severity));
        Assert.Contains("68.75%", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declaration_with_open_units_keeps_every_value_quantitative_and_finds_only_the_real_faults()
    {
        var (form, findings) = Validate(Filing("declaration-open-units.txt"));

        var declaration = Assert.IsType<DepartmentBudgetDeclaration>(form);
        string[] names = ["推动小升规企业数", "规上企业单位产值能耗", "高新技术企业国内发明专利授权数", "人均培训成本", "新认定高新技术企业", "未来产业园新增孵化用地"];
        foreach (var name in names)
        {
            var entry = Assert.Single(declaration.Indicators, i => i.Name.Replace(" ", "", StringComparison.Ordinal) == name);
            Assert.True(TargetValueParser.Parse(entry.PeriodTarget).IsQuantitative, entry.PeriodTarget);
            Assert.True(TargetValueParser.Parse(entry.AnnualTarget).IsQuantitative, entry.AnnualTarget);
        }

        var error = Assert.Single(findings, f => f.Severity == FindingSeverity.Error);
        Assert.Equal(IndicatorValidator.UnitMismatch, error.Code);
        Assert.Contains("次/月", error.Message, StringComparison.Ordinal);
        Assert.Contains("次/年", error.Message, StringComparison.Ordinal);

        var placeholder = Assert.Single(findings, f => f.Code == IndicatorValidator.TemplatePlaceholder);
        Assert.EndsWith(".periodTarget", placeholder.FieldPath, StringComparison.Ordinal);
        Assert.Contains("推动小升规企业数", placeholder.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(findings, f => f.Code is IndicatorValidator.UnitMissing or IndicatorValidator.UnitNameConflict);
    }
}
