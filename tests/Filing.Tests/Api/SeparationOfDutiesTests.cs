using Microsoft.Extensions.DependencyInjection;
using Orleans;
using PerfWorkflow.Domain.Organisation;
using PerfWorkflow.Filing.Tests.Infrastructure;

namespace PerfWorkflow.Filing.Tests.Api;

/// <summary>
/// The performance office may create accounts of any role, but not approve a filing end to end with them: accounts
/// one person made within 30 days do not both move one form towards approval (docs/decisions/0007).
/// </summary>
public sealed class SeparationOfDutiesTests(FilingApi api) : IClassFixture<FilingApi>
{
    private readonly FilingDriver _driver = api.Driver;

    [Fact]
    public async Task Accounts_the_performance_office_just_made_cannot_approve_one_declaration_between_them_but_an_independent_reviewer_can()
    {
        var (filing, finance) = await ApprovedByANewHeadAsync();

        var refused = await _driver.ActAsync(finance, filing, "approve");

        ProblemAssert.IsProblem(refused, 422, SeparationOfDuties.RuleCode);
        var view = await _driver.MustActAsync(DemoOrganisation.Finance1, filing, "approve");
        Assert.Contains(DemoOrganisation.PerformanceOffice, view.GetProperty("currentAssignees").EnumerateArray().Select(a => a.GetString()));
        var office = await _driver.ActAsync(DemoOrganisation.PerformanceOffice, filing, "approve");
        ProblemAssert.IsProblem(office, 422, SeparationOfDuties.RuleCode);
    }

    [Fact]
    public async Task The_refusal_holds_after_the_filing_is_loaded_afresh_from_its_audit_trail()
    {
        var (filing, finance) = await ApprovedByANewHeadAsync();

        // The grain keeps who moved the form in memory; a new activation must read it back from the trail.
        await api.App.Services.GetRequiredService<IGrainFactory>().GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var refused = await _driver.ActAsync(finance, filing, "approve");

        ProblemAssert.IsProblem(refused, 422, SeparationOfDuties.RuleCode);
    }

    /// <summary>A declaration in review approved by a department head the office just made; and a finance reviewer it also just made.</summary>
    private async Task<(FilingRef Filing, string Finance)> ApprovedByANewHeadAsync()
    {
        var filing = await _driver.NewAtAsync(Milestone.DeclarationFilled);
        var head = await NewAccountAsync("department-head", filing.DepartmentId);
        var finance = await NewAccountAsync("finance-division", null);
        await _driver.StepAsync(filing, Milestone.DeclarationInReview);
        await _driver.MustActAsync(head, filing, "approve");
        return (filing, finance);
    }

    private async Task<string> NewAccountAsync(string role, string? departmentId)
    {
        var id = "s" + Guid.NewGuid().ToString("N")[..12];
        using var office = await api.AsAsync(DemoOrganisation.PerformanceOffice);
        (await office.PostJsonAsync("/api/organisation/users", new { id, displayName = "新建审核人", role, departmentId, password = DemoOrganisation.Password })).Ok();
        return id;
    }
}
