using System.Text.Json;
using PerfWorkflow.Filing.Tests.Infrastructure;
using static PerfWorkflow.Filing.Tests.Infrastructure.DemoOrganisation;

namespace PerfWorkflow.Filing.Tests.Transitions;

/// <summary>
/// Transitions through the HTTP API. A legal one moves the filing, bumps its version once and appends one audit line
/// that names it; an illegal one answers 422 with a code and a Chinese detail and leaves filing and trail as they were.
/// </summary>
public sealed class TransitionTests(FilingApi api) : IClassFixture<FilingApi>
{
    private readonly FilingDriver _driver = api.Driver;

    public static TheoryData<string> Illegal() => new(IllegalTransitions.All.Select(t => t.Name));

    [Theory]
    [MemberData(nameof(Illegal))]
    public async Task An_illegal_transition_is_refused_with_its_code_and_changes_nothing(string name)
    {
        var transition = IllegalTransitions.All.Single(t => t.Name == name);
        var filing = await transition.Prepare(_driver);
        var before = await _driver.StateAsync(filing);

        var response = await _driver.ActAsync(transition.Actor(filing), filing, transition.Action, transition.BodyFor(filing));

        ProblemAssert.IsRuleRefusal(response, transition.Code);
        Assert.Equal(before, await _driver.StateAsync(filing));
    }

    [Fact]
    public async Task Opening_a_second_filing_for_the_same_department_and_year_is_refused()
    {
        var filing = await _driver.OpenAsync();
        using var office = await api.AsAsync(PerformanceOffice);

        var again = await office.PostJsonAsync("/api/filings", new { departmentId = filing.DepartmentId, fiscalYear = filing.FiscalYear });

        ProblemAssert.IsRuleRefusal(again, "filing.exists");
        var listed = (await office.GetApiAsync($"/api/filings?departmentId={filing.DepartmentId}&fiscalYear={filing.FiscalYear}")).Ok();
        Assert.Single(listed.EnumerateArray());
    }

    [Fact]
    public async Task A_declaration_is_submitted_returned_resubmitted_to_the_returning_step_and_approved()
    {
        var filing = await _driver.NewAtAsync(Milestone.DeclarationFilled);
        await Expect(filing, filing.Filer, "submit", new { }, "submit", "Declaration:Draft", "Declaration:InReview@1");
        await Expect(filing, filing.Head, "approve", new { comment = "同意" }, "approve", "Declaration:InReview@1", "Declaration:InReview@2");
        var returned = await Expect(filing, Finance2, "return", new { comment = "重点任务资金测算不足" }, "return", "Declaration:InReview@2", "Declaration:Returned");
        Assert.Equal("退回修改", returned.GetProperty("stateName").GetString());

        // The resubmission goes straight back to finance, the step that returned it, as version 2.
        var resubmitted = await Expect(filing, filing.Filer, "submit", new { }, "submit", "Declaration:Returned", "Declaration:InReview@2");
        Assert.Equal(2, resubmitted.GetProperty("formVersion").GetInt32());
        Assert.Equal([Finance1, Finance2], resubmitted.GetProperty("currentAssignees").EnumerateArray().Select(a => a.GetString()));

        await Expect(filing, Finance1, "return", new { comment = "请部门负责人再确认", toPreviousStep = true }, "return-to-previous-step",
            "Declaration:InReview@2", "Declaration:InReview@1");
        await Expect(filing, filing.Head, "approve", new { comment = "已确认" }, "approve", "Declaration:InReview@1", "Declaration:InReview@2");
        await Expect(filing, Finance1, "approve", new { }, "approve", "Declaration:InReview@2", "Declaration:InReview@3");
        var approved = await Expect(filing, PerformanceOffice, "approve", new { }, "approve", "Declaration:InReview@3", "Declaration:Approved");
        Assert.Null(approved.GetProperty("currentStep").GetString());
        await AssertTrailIntactAsync(filing);
    }

    [Fact]
    public async Task A_submission_can_be_withdrawn_before_anyone_decides_and_a_comment_changes_only_the_trail()
    {
        var filing = await _driver.NewAtAsync(Milestone.DeclarationInReview);
        var version = (await _driver.ViewAsync(filing)).GetProperty("version").GetInt32();

        var commented = (await _driver.ActAsync(filing.Head, filing, "comments", new { text = "请补充说明" })).Ok();
        Assert.Equal(version, commented.GetProperty("version").GetInt32());
        Assert.Equal("comment", (await _driver.AuditAsync(filing)).EnumerateArray().Last().GetProperty("action").GetString());

        await Expect(filing, filing.Filer, "withdraw", null, "withdraw", "Declaration:InReview@1", "Declaration:Draft");
        await AssertTrailIntactAsync(filing);
    }

    [Fact]
    public async Task Monitoring_is_signed_off_by_each_required_signer_and_then_the_next_stages_open_in_order()
    {
        var filing = await _driver.NewAtAsync(Milestone.DeclarationApproved);
        await Expect(filing, PerformanceOffice, "stages", new { stage = "Monitoring" }, "open-stage", "Declaration:Approved", "Monitoring:Draft");
        await _driver.StepAsync(filing, Milestone.MonitoringFilled);
        await Expect(filing, filing.Filer, "submit", new { }, "submit", "Monitoring:Draft", "Monitoring:InReview@1");
        await Expect(filing, filing.Head, "sign-off", new { comment = "情况属实" }, "sign-off", "Monitoring:InReview@1", "Monitoring:InReview@2");
        await Expect(filing, Finance2, "sign-off", new { }, "sign-off", "Monitoring:InReview@2", "Monitoring:Approved");
        await Expect(filing, PerformanceOffice, "stages", new { stage = "SelfEvaluation" }, "open-stage", "Monitoring:Approved", "SelfEvaluation:Draft");
        await AssertTrailIntactAsync(filing);
    }

    [Fact]
    public async Task A_target_adjustment_reopens_the_declaration_runs_the_chain_again_or_is_cancelled()
    {
        var filing = await _driver.NewAtAsync(Milestone.MonitoringDraft);
        var started = await Expect(filing, filing.Filer, "target-adjustment", new { reason = "追加预算" }, "start-target-adjustment",
            "Monitoring:Draft", "Declaration:Draft");
        Assert.True(started.GetProperty("isAdjustingTargets").GetBoolean());
        Assert.Equal("Monitoring", started.GetProperty("stage").GetString());
        await Expect(filing, filing.Filer, "target-adjustment/cancel", null, "cancel-target-adjustment", "Declaration:Draft", "Monitoring:Draft");

        await Expect(filing, filing.Filer, "target-adjustment", new { reason = "追加预算" }, "start-target-adjustment", "Monitoring:Draft", "Declaration:Draft");
        await Expect(filing, filing.Filer, "submit", new { }, "submit", "Declaration:Draft", "Declaration:InReview@1");
        var adjusted = await _driver.ApproveThroughAsync(filing);
        Assert.False(adjusted.GetProperty("isAdjustingTargets").GetBoolean());
        Assert.Equal("Monitoring", adjusted.GetProperty("activeStage").GetString());
        Assert.Equal("Draft", adjusted.GetProperty("state").GetString());
        await AssertTrailIntactAsync(filing);
    }

    [Fact]
    public async Task The_performance_office_adjusts_an_approved_self_evaluation_score_with_a_reason()
    {
        var filing = await _driver.NewAtAsync(Milestone.SelfEvaluationApproved);
        Assert.Equal(96m, (await _driver.ViewAsync(filing)).GetProperty("score").GetDecimal()); // stated in seed 001's report

        var adjusted = await Expect(filing, PerformanceOffice, "score-adjustment", new { points = 85, reason = "抽查复核：满意度调查样本不足" },
            "adjust-score", "SelfEvaluation:Approved", "SelfEvaluation:Approved");
        Assert.Equal(85m, adjusted.GetProperty("score").GetDecimal());
        Assert.Equal("良", adjusted.GetProperty("grade").GetString());
        await AssertTrailIntactAsync(filing);
    }

    [Fact]
    public async Task Rectification_items_are_raised_submitted_rejected_resubmitted_verified_and_the_last_closes_the_cycle()
    {
        var filing = await _driver.NewAtAsync(Milestone.Rectification);
        var item = await _driver.RaiseItemAsync(filing);
        var at = "Rectification:Draft";
        await Expect(filing, filing.Filer, $"rectifications/{item}/submit", new { evidence = "已整改" }, "submit-rectification", at, at);
        var rejected = await Expect(filing, Finance1, $"rectifications/{item}/reject", new { comment = "缺少支付凭证" }, "reject-rectification", at, at);
        Assert.Equal("Open", rejected.GetProperty("rectificationItems")[0].GetProperty("status").GetString());
        await Expect(filing, filing.Filer, $"rectifications/{item}/submit", new { links = new[] { "https://oa.example/凭证.pdf" } }, "submit-rectification", at, at);
        var closed = await Expect(filing, Finance1, $"rectifications/{item}/verify", new { comment = "核实" }, "verify-rectification", at, "Closed:Approved");
        Assert.Equal("Closed", closed.GetProperty("stage").GetString());
        await AssertTrailIntactAsync(filing);
    }

    /// <summary>
    /// Acts, and checks the answer and the trail: one more audit line naming the action and both states, the version
    /// one higher (a comment alone leaves it).
    /// </summary>
    private async Task<JsonElement> Expect(FilingRef filing, string actor, string action, object? body, string audited, string from, string to)
    {
        var before = await _driver.ViewAsync(filing);
        var trail = (await _driver.AuditAsync(filing)).GetArrayLength();

        var view = (await _driver.ActAsync(actor, filing, action, body)).Ok();

        Assert.Equal(before.GetProperty("version").GetInt32() + 1, view.GetProperty("version").GetInt32());
        var audit = (await _driver.AuditAsync(filing)).EnumerateArray().ToList();
        Assert.Equal(trail + 1, audit.Count);
        var line = audit[^1];
        Assert.Equal((actor, audited, from, to), (line.GetProperty("actor").GetString(), line.GetProperty("action").GetString(),
            line.GetProperty("fromState").GetString(), line.GetProperty("toState").GetString()));
        return view;
    }

    private async Task AssertTrailIntactAsync(FilingRef filing)
    {
        using var office = await api.AsAsync(PerformanceOffice);
        var verified = (await office.GetApiAsync(filing.Url("/audit/verify"))).Ok();
        Assert.True(verified.GetProperty("isIntact").GetBoolean(), verified.ToString());
    }
}
