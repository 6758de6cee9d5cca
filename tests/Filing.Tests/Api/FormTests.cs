using System.Text.Json;
using System.Text.Json.Nodes;
using PerfWorkflow.Documents;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Forms.Validation;
using PerfWorkflow.Filing.Tests.Infrastructure;

namespace PerfWorkflow.Filing.Tests.Api;

/// <summary>
/// The five real filings through the forms API: what validation finds in each, errors blocking submission until a
/// corrected document is saved, versions compared field by field, and the form exported again as .xlsx.
/// </summary>
public sealed class FormTests(FilingApi api) : IClassFixture<FilingApi>
{
    private readonly FilingDriver _driver = api.Driver;

    [Theory]
    [InlineData(Seeds.Declaration000, Milestone.DeclarationDraft, "DepartmentDeclaration", new string[0], false)]
    [InlineData(Seeds.ProjectTable002, Milestone.DeclarationDraft, "ProjectTable", new string[0], true)]
    [InlineData(Seeds.Declaration004, Milestone.DeclarationDraft, "DepartmentDeclaration", new[] { "indicators[6].annualTarget" }, false)]
    [InlineData(Seeds.Report001, Milestone.SelfEvaluationDraft, "SelfEvaluationReport", new string[0], true)]
    [InlineData(Seeds.SelfEvaluation003, Milestone.SelfEvaluationDraft, "SelfEvaluationTable", new[] { "budget.executionRate" }, false)]
    public async Task Each_seed_imports_through_the_api_with_its_real_findings(string seed, Milestone stage, string kind, string[] errorFields, bool warns)
    {
        var filing = await _driver.NewAtAsync(stage);

        var form = (await _driver.ImportAsync(filing.Filer, filing, SeedFiles.For(seed, filing), seed)).Ok();

        Assert.Equal(kind, form.GetProperty("kind").GetString());
        Assert.Equal(1, form.GetProperty("revision").GetInt32());
        var findings = form.GetProperty("findings").EnumerateArray().ToList();
        var errors = findings.Where(f => f.GetProperty("severity").GetString() == "Error").Select(f => f.GetProperty("fieldPath").GetString()).ToList();
        Assert.Equal(errorFields, errors);
        Assert.Equal(errorFields.Length > 0, form.GetProperty("hasErrors").GetBoolean());
        Assert.Equal(warns, findings.Any(f => f.GetProperty("severity").GetString() == "Warning"));
        Assert.All(findings, f => Assert.True(ProblemAssert.HasChinese(f.GetProperty("message").GetString())));

        // Saved: the stage's forms now hold it.
        using var head = await api.AsAsync(filing.Head);
        var saved = (await head.GetApiAsync(filing.Url($"/forms/{StageOf(stage)}"))).Ok();
        Assert.Equal(kind, Assert.Single(saved.EnumerateArray()).GetProperty("kind").GetString());
    }

    [Fact]
    public async Task Seed_004_cannot_be_submitted_until_the_unit_of_its_annual_target_is_corrected()
    {
        var filing = await _driver.NewAtAsync(Milestone.DeclarationDraft, DemoOrganisation.PanyuBureau);
        var imported = (await _driver.ImportAsync(filing.Filer, filing, SeedFiles.For(Seeds.Declaration004, filing), Seeds.Declaration004)).Ok();

        await AssertSubmitBlockedAsync(filing, new { });

        var document = JsonNode.Parse(imported.GetProperty("document").GetRawText())!;
        Assert.Equal("1000年", document["indicators"]![6]!["annualTarget"]!.GetValue<string>());
        document["indicators"]![6]!["annualTarget"] = "1000件";
        var corrected = await SaveAsync(filing, "DepartmentDeclaration", document);
        Assert.False(corrected.GetProperty("hasErrors").GetBoolean(), corrected.GetProperty("findings").ToString());
        Assert.Equal(2, corrected.GetProperty("revision").GetInt32());

        var submitted = (await _driver.ActAsync(filing.Filer, filing, "submit", new { })).Ok();
        Assert.Equal("InReview", submitted.GetProperty("state").GetString());
    }

    [Fact]
    public async Task Seed_003_cannot_be_submitted_until_its_stated_execution_rate_matches_the_figures()
    {
        var filing = await _driver.NewAtAsync(Milestone.SelfEvaluationDraft, DemoOrganisation.TianheCbd);
        var imported = (await _driver.ImportAsync(filing.Filer, filing, SeedFiles.For(Seeds.SelfEvaluation003, filing), Seeds.SelfEvaluation003)).Ok();

        await AssertSubmitBlockedAsync(filing, new { selfScore = 88 });

        var document = JsonNode.Parse(imported.GetProperty("document").GetRawText())!;
        Assert.Equal(96.20m, document["statedExecutionRate"]!["value"]!.GetValue<decimal>());
        document["statedExecutionRate"]!["value"] = 96.16m; // 4,195.95 ÷ 4,363.68
        Assert.False((await SaveAsync(filing, "SelfEvaluationTable", document)).GetProperty("hasErrors").GetBoolean());

        var submitted = (await _driver.ActAsync(filing.Filer, filing, "submit", new { selfScore = 88 })).Ok();
        Assert.Equal(88m, submitted.GetProperty("score").GetDecimal());
        Assert.Equal("良", submitted.GetProperty("grade").GetString());
    }

    [Fact]
    public async Task The_diff_between_two_submitted_versions_lists_exactly_the_changed_fields()
    {
        var filing = await _driver.NewAtAsync(Milestone.DeclarationInReview);
        await _driver.MustActAsync(filing.Head, filing, "return", new { comment = "请调整总体绩效目标" });
        using var filer = await api.AsAsync(filing.Filer);
        var version1 = Assert.Single((await filer.GetApiAsync(filing.Url("/forms/Declaration?version=1"))).Ok().EnumerateArray());
        var document = JsonNode.Parse(version1.GetProperty("document").GetRawText())!;
        var target = document["indicators"]![1]!["annualTarget"]!.GetValue<string>();
        document["overallTarget"] = "推动园区高质量发展。";
        document["indicators"]![1]!["annualTarget"] = "≥95%";
        await SaveAsync(filing, "DepartmentDeclaration", document);
        Assert.Equal(2, (await _driver.MustActAsync(filing.Filer, filing, "submit")).GetProperty("formVersion").GetInt32());

        using var finance = await api.AsAsync(DemoOrganisation.Finance1);
        var diff = (await finance.GetApiAsync(filing.Url("/forms/Declaration/diff?from=1&to=2"))).Ok();

        var changes = diff.GetProperty("DepartmentDeclaration").EnumerateArray().ToList();
        Assert.Equal(["indicators[1].annualTarget", "overallTarget"], changes.Select(c => c.GetProperty("path").GetString()));
        Assert.Equal((target, "≥95%"), (changes[0].GetProperty("before").GetString(), changes[0].GetProperty("after").GetString()));
        var unchanged = (await finance.GetApiAsync(filing.Url("/forms/Declaration/diff?from=2&to=2"))).Ok();
        Assert.Empty(unchanged.GetProperty("DepartmentDeclaration").EnumerateArray());
    }

    [Fact]
    public async Task A_form_is_exported_as_xlsx_that_imports_back_to_the_same_document()
    {
        var filing = await _driver.NewAtAsync(Milestone.DeclarationFilled);
        using var head = await api.AsAsync(filing.Head);
        var saved = Assert.Single((await head.GetApiAsync(filing.Url("/forms/Declaration"))).Ok().EnumerateArray());

        var xlsx = await head.GetApiAsync(filing.Url("/forms/Declaration/DepartmentDeclaration.xlsx"));

        Assert.Equal(200, xlsx.Code);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.MediaType);
        var again = FormDocumentImporter.Import(xlsx.Bytes);
        Assert.Equal(FormKind.DepartmentDeclaration, again.Kind);
        var reimported = JsonDocument.Parse(Application.FormDocuments.Serialize(again.Form!)).RootElement;
        Assert.True(JsonElement.DeepEquals(saved.GetProperty("document"), reimported), $"saved {saved.GetProperty("document")}\nreimported {reimported}");
    }

    [Fact]
    public async Task A_declaration_started_blank_online_is_saved_with_findings_and_submitted_once_completed()
    {
        var filing = await _driver.OpenAsync();
        var blank = StageDrafts.Declaration(DemoOrganisation.NameOf(filing.DepartmentId));

        var saved = await SaveAsync(filing, "DepartmentDeclaration", JsonNode.Parse(Application.FormDocuments.Serialize(blank))!);

        Assert.Equal(1, saved.GetProperty("revision").GetInt32());
        Assert.True(saved.GetProperty("hasErrors").GetBoolean());
        var codes = saved.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("code").GetString()).ToList();
        Assert.Contains(DeclarationCompletenessRules.OverallTargetEmpty, codes);
        Assert.Contains(DeclarationCompletenessRules.IndicatorsEmpty, codes);
        Assert.DoesNotContain("import.department-mismatch", codes);
        ProblemAssert.IsRuleRefusal(await _driver.ActAsync(filing.Filer, filing, "submit", new { }), "form.has-errors");

        // Completed the way the form page does: amounts, the texts and one indicator row typed into the saved document.
        var document = JsonNode.Parse(saved.GetProperty("document").GetRawText())!;
        document["basicExpenditure"] = 320.5m;
        document["projectExpenditure"] = 179.5m;
        document["fiscalAppropriation"] = 500m;
        document["districtLevelFunds"] = 500m;
        document["overallTarget"] = "保障部门正常运转，完成年度重点工作。";
        document["keyTasks"] = new JsonArray(new JsonObject { ["name"] = "园区招商", ["content"] = "开展招商活动", ["plannedFunds"] = 150m, ["expectedOutcome"] = "新增入园企业10家" });
        document["indicators"] = new JsonArray(new JsonObject
        {
            ["level1"] = "产出指标", ["level2"] = "数量指标", ["name"] = "开展招商活动次数", ["periodTarget"] = "≥12次", ["annualTarget"] = "≥12次",
            ["actual"] = null, ["weight"] = null, ["statedScore"] = null, ["note"] = null,
        });
        var completed = await SaveAsync(filing, "DepartmentDeclaration", document);
        Assert.False(completed.GetProperty("hasErrors").GetBoolean(), completed.GetProperty("findings").ToString());
        Assert.Equal(2, completed.GetProperty("revision").GetInt32());

        var submitted = (await _driver.ActAsync(filing.Filer, filing, "submit", new { })).Ok();
        Assert.Equal("InReview", submitted.GetProperty("state").GetString());
        using var head = await api.AsAsync(filing.Head);
        var reviewed = Assert.Single((await head.GetApiAsync(filing.Url("/forms/Declaration"))).Ok().EnumerateArray());
        Assert.Equal("开展招商活动次数", reviewed.GetProperty("document").GetProperty("indicators")[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_form_of_another_stage_or_a_form_under_review_is_refused()
    {
        var draft = await _driver.NewAtAsync(Milestone.DeclarationDraft);
        ProblemAssert.IsRuleRefusal(await _driver.ImportAsync(draft.Filer, draft, SeedFiles.For(Seeds.Report001, draft), Seeds.Report001), "form.wrong-stage");

        var inReview = await _driver.NewAtAsync(Milestone.DeclarationInReview);
        ProblemAssert.IsRuleRefusal(await _driver.ImportAsync(inReview.Filer, inReview, SeedFiles.For(Seeds.Declaration000, inReview), Seeds.Declaration000), "form.not-editable");
    }

    [Fact]
    public async Task A_save_after_submission_is_refused_and_reviewers_keep_seeing_the_submitted_revision()
    {
        var filing = await _driver.NewAtAsync(Milestone.DeclarationInReview);
        using var filer = await api.AsAsync(filing.Filer);
        var submitted = Assert.Single((await filer.GetApiAsync(filing.Url("/forms/Declaration"))).Ok().EnumerateArray());
        var document = JsonNode.Parse(submitted.GetProperty("document").GetRawText())!;
        document["overallTarget"] = "提交后偷偷修改的目标。";

        var refused = await filer.PutJsonAsync(filing.Url("/forms"), new { kind = "DepartmentDeclaration", document = JsonDocument.Parse(document.ToJsonString()).RootElement });
        await _driver.MustActAsync(filing.Head, filing, "approve", new { comment = "同意" });
        var afterApproval = await filer.PutJsonAsync(filing.Url("/forms"), new { kind = "DepartmentDeclaration", document = JsonDocument.Parse(document.ToJsonString()).RootElement });

        ProblemAssert.IsRuleRefusal(refused, "form.not-editable");
        ProblemAssert.IsRuleRefusal(afterApproval, "form.not-editable");
        using var finance = await api.AsAsync(DemoOrganisation.Finance1);
        var shown = Assert.Single((await finance.GetApiAsync(filing.Url("/forms/Declaration"))).Ok().EnumerateArray());
        Assert.Equal(submitted.GetProperty("revision").GetInt32(), shown.GetProperty("revision").GetInt32());
        Assert.True(JsonElement.DeepEquals(submitted.GetProperty("document"), shown.GetProperty("document")));
        var exported = FormDocumentImporter.Import((await finance.GetApiAsync(filing.Url("/forms/Declaration/DepartmentDeclaration.xlsx"))).Bytes);
        var exportedDocument = JsonDocument.Parse(Application.FormDocuments.Serialize(exported.Form!)).RootElement;
        Assert.True(JsonElement.DeepEquals(submitted.GetProperty("document"), exportedDocument), $"submitted {submitted.GetProperty("document")}\nexported {exportedDocument}");
        Assert.DoesNotContain((await _driver.AuditAsync(filing)).EnumerateArray(), l => l.GetProperty("action").GetString() == "save-form");
    }

    private async Task AssertSubmitBlockedAsync(FilingRef filing, object body)
    {
        var before = await _driver.StateAsync(filing);
        var refused = await _driver.ActAsync(filing.Filer, filing, "submit", body);
        var problem = ProblemAssert.IsRuleRefusal(refused, "form.has-errors");
        Assert.Contains("1 处错误", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await _driver.StateAsync(filing));
    }

    private async Task<JsonElement> SaveAsync(FilingRef filing, string kind, JsonNode document)
    {
        using var filer = await api.AsAsync(filing.Filer);
        return (await filer.PutJsonAsync(filing.Url("/forms"), new { kind, document = JsonDocument.Parse(document.ToJsonString()).RootElement })).Ok();
    }

    private static string StageOf(Milestone milestone) => milestone < Milestone.MonitoringDraft ? "Declaration" : "SelfEvaluation";
}
