using System.Text.Json;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Forms.Validation;

namespace PerfWorkflow.Domain.Tests.Forms;

/// <summary>The one table of form kinds: every kind in it once, spelled as the database and the API spell it.</summary>
public class FormKindsTests
{
    private static readonly IFormDocument[] OneOfEach =
    [
        new DepartmentBudgetDeclaration { DepartmentName = "某局" },
        new ProjectPerformanceTable { DepartmentName = "某局" },
        new PerformanceMonitoringForm { DepartmentName = "某局", FiscalYear = 2027 },
        new DepartmentSelfEvaluationTable { DepartmentName = "某局", EvaluatedYear = 2026 },
        new SelfEvaluationReport { DepartmentName = "某局", FiscalYear = 2026 },
        new RectificationList { DepartmentName = "某局", FiscalYear = 2027 },
    ];

    [Fact]
    public void Every_form_kind_but_unknown_has_exactly_one_definition_with_a_record_of_its_own()
    {
        var kinds = Enum.GetValues<FormKind>().Where(k => k != FormKind.Unknown).ToList();

        Assert.Equal(kinds, FormKinds.All.Select(d => d.Kind));
        Assert.Equal(kinds.Count, FormKinds.All.Select(d => d.DocumentType).Distinct().Count());
        Assert.All(FormKinds.All, d => Assert.True(typeof(IFormDocument).IsAssignableFrom(d.DocumentType), d.Key));
        Assert.Equal(kinds, OneOfEach.Select(f => FormKinds.Of(f).Kind));
    }

    [Fact]
    public void Kind_keys_stay_the_strings_stored_in_the_database_and_sent_by_the_api()
    {
        Assert.Equal(
            ["DepartmentDeclaration", "ProjectTable", "MonitoringForm", "SelfEvaluationTable", "SelfEvaluationReport", "RectificationList"],
            FormKinds.All.Select(d => d.Key));
        Assert.True(FormKinds.TryFind("SelfEvaluationReport", out var report));
        Assert.Equal(FormKind.SelfEvaluationReport, report.Kind);
        Assert.False(FormKinds.TryFind("selfEvaluationReport", out _));
        Assert.False(FormKinds.TryFind(null, out _));
    }

    [Fact]
    public void Titles_are_the_bureaus_names_and_a_key_that_names_no_form_is_shown_as_it_is()
    {
        Assert.Equal(
            ["部门整体预算绩效目标申报表", "项目支出绩效目标表", "绩效运行监控表", "部门整体支出绩效自评表", "部门整体支出绩效自评报告", "整改清单"],
            FormKinds.All.Select(d => d.Title));
        Assert.Equal("项目支出绩效目标表", FormKinds.TitleOf("ProjectTable"));
        Assert.Equal("Budget", FormKinds.TitleOf("Budget"));
        Assert.Equal(FormKinds.UnknownTitle, FormKinds.TitleOf(FormKind.Unknown));
    }

    [Theory]
    [InlineData(CycleStage.Declaration, new[] { FormKind.DepartmentDeclaration })]
    [InlineData(CycleStage.Monitoring, new[] { FormKind.MonitoringForm })]
    [InlineData(CycleStage.SelfEvaluation, new[] { FormKind.SelfEvaluationTable, FormKind.SelfEvaluationReport })]
    [InlineData(CycleStage.Rectification, new FormKind[0])]
    public void A_stage_is_submitted_with_one_of_its_main_documents_and_a_project_table_or_rectification_list_is_never_required(CycleStage stage, FormKind[] required)
    {
        Assert.Equal(required, FormKinds.RequiredOneOf(stage));
    }

    [Fact]
    public void Each_kind_belongs_to_the_stage_it_is_filed_in_and_unknown_to_none()
    {
        Assert.Equal(
            [CycleStage.Declaration, CycleStage.Declaration, CycleStage.Monitoring, CycleStage.SelfEvaluation, CycleStage.SelfEvaluation, CycleStage.Rectification],
            FormKinds.All.Select(d => d.Stage));
        Assert.Null(FormKinds.StageOf(FormKind.Unknown));
    }

    [Fact]
    public void A_kind_refuses_to_validate_a_form_of_another_kind()
    {
        var declaration = FormKinds.Of(FormKind.DepartmentDeclaration);

        Assert.Throws<ArgumentException>(() => declaration.Validate(new RectificationList { DepartmentName = "某局" }, FormValidationOptions.Default));
    }

    [Fact]
    public void Validation_dispatches_to_the_rules_of_the_forms_own_kind()
    {
        var blank = StageDrafts.Declaration("某局");

        var codes = FormValidator.Validate(blank, FormValidationOptions.Default).Findings.Select(f => f.Code).ToList();

        Assert.Contains(DeclarationCompletenessRules.OverallTargetEmpty, codes);
        Assert.Empty(FormValidator.Validate(new RectificationList { DepartmentName = "某局" }, FormValidationOptions.Default).Findings);
    }

    [Fact]
    public void Forms_state_their_year_where_the_form_has_one_field_for_it()
    {
        Assert.Equal(
            [null, null, new StatedYear(2027, "fiscalYear", "年度"), new StatedYear(2026, "evaluatedYear", "被评价年度"),
             new StatedYear(2026, "fiscalYear", "年度"), new StatedYear(2027, "fiscalYear", "年度")],
            OneOfEach.Select(f => f.StatedYear));
    }

    [Fact]
    public void What_every_form_answers_never_reaches_the_stored_json()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);

        foreach (var form in OneOfEach)
        {
            var written = JsonSerializer.SerializeToElement(form, form.GetType(), options).EnumerateObject().Select(p => p.Name).Order();
            var ownFields = form.GetType().GetProperties().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name)).Order();
            Assert.Equal(ownFields, written);
            Assert.DoesNotContain("statedYear", written);
        }
    }
}
