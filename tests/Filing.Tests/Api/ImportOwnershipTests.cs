using PerfWorkflow.Filing.Tests.Infrastructure;

namespace PerfWorkflow.Filing.Tests.Api;

/// <summary>
/// An imported file must be the filing's own: another department's declaration, or a self-evaluation of another year,
/// is saved with an error finding that says which, so it cannot be submitted.
/// </summary>
public sealed class ImportOwnershipTests(FilingApi api) : IClassFixture<FilingApi>
{
    private readonly FilingDriver _driver = api.Driver;

    [Fact]
    public async Task Another_departments_declaration_is_an_error_that_names_both_departments_and_blocks_submission()
    {
        var filing = await _driver.NewAtAsync(Milestone.DeclarationDraft, DemoOrganisation.TianheSciencePark);

        // Seed 004 is 番禺区科工商信局's declaration, as that bureau wrote it.
        var imported = (await _driver.ImportAsync(filing.Filer, filing, RepositoryPaths.Seed(Seeds.Declaration004), Seeds.Declaration004)).Ok();

        var mismatch = Assert.Single(imported.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString() == "import.department-mismatch");
        Assert.Equal(("Error", "departmentName"), (mismatch.GetProperty("severity").GetString(), mismatch.GetProperty("fieldPath").GetString()));
        Assert.Contains("广州市番禺区科技工业商务和信息化局", mismatch.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains(DemoOrganisation.NameOf(DemoOrganisation.TianheSciencePark), mismatch.GetProperty("message").GetString(), StringComparison.Ordinal);
        var before = await _driver.StateAsync(filing);
        ProblemAssert.IsRuleRefusal(await _driver.ActAsync(filing.Filer, filing, "submit"), "form.has-errors");
        Assert.Equal(before, await _driver.StateAsync(filing));
    }

    [Fact]
    public async Task A_self_evaluation_of_another_year_is_an_error_that_names_both_years()
    {
        var filing = await _driver.NewAtAsync(Milestone.SelfEvaluationDraft, DemoOrganisation.TianheCbd);

        // Seed 003 is this department's own 自评表, but of 2021.
        var imported = (await _driver.ImportAsync(filing.Filer, filing, RepositoryPaths.Seed(Seeds.SelfEvaluation003), Seeds.SelfEvaluation003)).Ok();

        var findings = imported.GetProperty("findings").EnumerateArray().ToList();
        Assert.DoesNotContain(findings, f => f.GetProperty("code").GetString() == "import.department-mismatch");
        var mismatch = Assert.Single(findings, f => f.GetProperty("code").GetString() == "import.year-mismatch");
        Assert.Equal(("Error", "evaluatedYear"), (mismatch.GetProperty("severity").GetString(), mismatch.GetProperty("fieldPath").GetString()));
        Assert.Contains("“2021年”", mismatch.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains($"“{filing.FiscalYear}年”", mismatch.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_file_under_the_filings_own_name_and_year_has_no_ownership_finding()
    {
        var filing = await _driver.NewAtAsync(Milestone.SelfEvaluationDraft, DemoOrganisation.TianheCbd);

        var imported = (await _driver.ImportAsync(filing.Filer, filing, SeedFiles.For(Seeds.SelfEvaluation003, filing), Seeds.SelfEvaluation003)).Ok();

        Assert.DoesNotContain(imported.GetProperty("findings").EnumerateArray(), f => f.GetProperty("code").GetString()!.StartsWith("import.", StringComparison.Ordinal));
    }
}
