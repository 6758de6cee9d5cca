using PerfWorkflow.Filing.Tests.Infrastructure;
using PerfWorkflow.Testing;

namespace PerfWorkflow.Filing.Tests.Api;

/// <summary>
/// An upload is refused for who sends it and where before it is read; a package that would unpack far beyond any
/// real form is refused unopened, in well under a second.
/// </summary>
public sealed class UploadGateTests(FilingApi api) : IClassFixture<FilingApi>
{
    private static readonly byte[] Bomb = ZipBomb.RepeatedSheet(100L * 1024 * 1024);

    private readonly FilingDriver _driver = api.Driver;

    [Fact]
    public async Task A_zip_bomb_from_the_filer_is_refused_with_a_chinese_problem_and_saves_nothing()
    {
        var filing = await _driver.NewAtAsync(Milestone.DeclarationDraft);
        using var filer = await api.AsAsync(filing.Filer);

        // That the refusal does not inflate the package is shown by the importer's own test (ZipBombTests).
        var response = await filer.UploadAsync(filing.Url("/forms/import"), Bomb, "炸弹.xlsx");

        ProblemAssert.IsRuleRefusal(response, "form.import-too-large");
        Assert.Empty((await filer.GetApiAsync(filing.Url("/forms/Declaration"))).Ok().EnumerateArray());
    }

    [Fact]
    public async Task Another_departments_filer_or_the_head_is_refused_before_the_file_is_read()
    {
        var filing = await _driver.NewAtAsync(Milestone.DeclarationDraft);
        var random = new byte[4096];
        new Random(14).NextBytes(random);

        foreach (var stranger in new[] { filing.OtherFiler, filing.Head, DemoOrganisation.Finance1 })
        {
            using var client = await api.AsAsync(stranger);
            foreach (var body in new[] { Bomb, random })
            {
                var response = await client.UploadAsync(filing.Url("/forms/import"), body, "表.xlsx");
                Assert.Equal(403, response.Code);
                ProblemAssert.IsDenied(response);
            }
        }
    }

    [Fact]
    public async Task An_upload_to_a_filing_that_does_not_exist_is_not_found_before_the_file_is_read()
    {
        using var filer = await api.AsAsync(DemoOrganisation.FilerOf(DemoOrganisation.TianheSciencePark));
        var response = await filer.UploadAsync($"/api/filings/{Guid.NewGuid()}/forms/import", Bomb, "炸弹.xlsx");
        Assert.Equal(404, response.Code);
        ProblemAssert.IsDenied(response);
    }
}
