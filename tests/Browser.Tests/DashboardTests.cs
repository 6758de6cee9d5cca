using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using PerfWorkflow.Browser.Tests.Infrastructure;

namespace PerfWorkflow.Browser.Tests;

/// <summary>
/// The performance office's dashboard shows the figures the Filing API gives for the demo data: per stage the filings
/// in draft / in review / returned / done (a filing counts in its active stage by state and as done in every earlier
/// stage), the grade counts, and 预算完成率 = executed ÷ budget of each self-evaluation form.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class DashboardTests(PortalFixture portal)
{
    private static readonly string[] Stages = ["Declaration", "Monitoring", "SelfEvaluation", "Rectification", "Closed"];

    [Theory]
    [InlineData(Demo.Year)]
    [InlineData(2021)]
    [InlineData(2022)]
    public async Task The_dashboard_figures_match_the_api(int year)
    {
        var filings = await DemoFilings.AllAsync(portal.Host, year);
        Assert.NotEmpty(filings);
        await using var office = await portal.SignInAsync(Demo.PerformanceOffice);
        Assert.Equal(200, await office.GoAsync($"/Dashboard?year={year}"));

        foreach (var stage in Stages[..4])
        {
            var row = office.Page.Locator($"[data-testid=stage-counts] tr[data-stage='{stage}']");
            var here = filings.Where(f => f.GetProperty("activeStage").GetString() == stage).ToList();
            var passed = filings.Count(f => Array.IndexOf(Stages, f.GetProperty("activeStage").GetString()) > Array.IndexOf(Stages, stage));
            Assert.Equal(here.Count(f => State(f) == "Draft"), await CellAsync(row, "draft"));
            Assert.Equal(here.Count(f => State(f) == "InReview"), await CellAsync(row, "in-review"));
            Assert.Equal(here.Count(f => State(f) == "Returned"), await CellAsync(row, "returned"));
            Assert.Equal(here.Count(f => State(f) == "Approved") + passed, await CellAsync(row, "done"));
            Assert.Equal(here.Count + passed, await CellAsync(row, "total"));
        }

        foreach (var grade in new[] { "优", "良", "中", "差" })
        {
            var shown = int.Parse(await office.Page.Locator($"[data-testid=grade-counts] td[data-grade='{grade}']").InnerTextAsync(), CultureInfo.InvariantCulture);
            Assert.Equal(filings.Count(f => f.GetProperty("grade").ValueKind == JsonValueKind.String && f.GetProperty("grade").GetString() == grade), shown);
        }

        using var api = await portal.Host.AsAsync(Demo.PerformanceOffice);
        var expectedRates = 0;
        foreach (var filing in filings.Where(f => Array.IndexOf(Stages, f.GetProperty("activeStage").GetString()) >= 2))
        {
            var forms = await api.GetFromJsonAsync<List<JsonElement>>($"api/filings/{filing.GetProperty("id").GetGuid()}/forms/SelfEvaluation") ?? [];
            var rate = RateOf(forms);
            if (rate is null)
            {
                continue;
            }

            expectedRates++;
            var shown = await office.Page.Locator($"[data-testid=execution-rates] tr[data-department='{filing.GetProperty("departmentId").GetString()}'] td[data-col=rate]").InnerTextAsync();
            Assert.Equal($"{rate.Value.ToString("0.00", CultureInfo.InvariantCulture)}%", shown);
        }

        Assert.Equal(expectedRates, await office.Page.Locator("[data-testid=execution-rates] tbody tr").CountAsync());
        // docs/domain.md §2: seed 003 (2021) executed 4,195.95 of 4,363.68 = 96.16 %; seed 001 (2022) 1,104.37 of 1,153.25 = 95.76 %.
        var known = year switch { 2021 => "96.16%", 2022 => "95.76%", _ => null };
        if (known is not null)
        {
            await Assertions.Expect(office.Page.GetByTestId("execution-rates")).ToContainTextAsync(known);
        }
        await Assertions.Expect(office.Page.GetByTestId("chart-stage-progress")).ToBeVisibleAsync();
        await Assertions.Expect(office.Page.GetByTestId("deadlines")).ToContainTextAsync("截止日期");
        if (year == 2021)
        {
            await office.ScreenshotAsync("performance-office-dashboard-2021");
        }

        var csv = await office.Page.APIRequest.GetAsync($"/Dashboard?handler=Csv&year={year}");
        Assert.Equal(200, csv.Status);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, (await csv.BodyAsync())[..3]); // UTF-8 BOM: Excel reads the Chinese
        Assert.Contains($"绩效目标申报,{await CellAsync(office.Page.Locator("[data-testid=stage-counts] tr[data-stage='Declaration']"), "draft")},", await csv.TextAsync(), StringComparison.Ordinal);
        office.AssertNoScriptErrors();
    }

    private static string? State(JsonElement filing) => filing.GetProperty("state").GetString();

    private static async Task<int> CellAsync(ILocator row, string column) =>
        int.Parse(await row.Locator($"td[data-col='{column}']").InnerTextAsync(), CultureInfo.InvariantCulture);

    /// <summary>预算完成率 from the self-evaluation table (实际支出 ÷ 调整预算) or else the report (执行数 ÷ 全年预算数).</summary>
    private static decimal? RateOf(IReadOnlyList<JsonElement> forms)
    {
        foreach (var form in forms.OrderBy(f => f.GetProperty("kind").GetString() == "SelfEvaluationTable" ? 0 : 1))
        {
            var document = form.GetProperty("document");
            var (budget, executed) = form.GetProperty("kind").GetString() == "SelfEvaluationTable" ? ("adjustedBudget", "actualExpenditure") : ("annualBudget", "executed");
            if (document.TryGetProperty(budget, out var b) && b.ValueKind == JsonValueKind.Number && b.GetDecimal() > 0
                && document.TryGetProperty(executed, out var e) && e.ValueKind == JsonValueKind.Number)
            {
                return Math.Round(e.GetDecimal() / b.GetDecimal() * 100m, 2, MidpointRounding.AwayFromZero);
            }
        }

        return null;
    }
}
