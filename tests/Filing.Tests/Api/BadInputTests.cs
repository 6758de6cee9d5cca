using PerfWorkflow.Filing.Tests.Infrastructure;

namespace PerfWorkflow.Filing.Tests.Api;

/// <summary>
/// Bad input of every kind answers ProblemDetails in Chinese, naming the fields to fix where there are fields; never a
/// 500, and never a change to the filing.
/// </summary>
public sealed class BadInputTests(FilingApi api) : IClassFixture<FilingApi>
{
    private readonly FilingDriver _driver = api.Driver;

    public static TheoryData<string> Requests() => new(BadRequests.All.Select(r => r.Name));

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task A_bad_request_answers_a_chinese_problem_and_changes_nothing(string name)
    {
        var bad = BadRequests.All.Single(r => r.Name == name);
        var filing = await _driver.NewAtAsync(Milestone.DeclarationInReview);
        var before = await _driver.StateAsync(filing);
        using var client = bad.Sender switch
        {
            "filer" => await api.AsAsync(filing.Filer),
            "head" => await api.AsAsync(filing.Head),
            "finance" => await api.AsAsync(DemoOrganisation.Finance1),
            "office" => await api.AsAsync(DemoOrganisation.PerformanceOffice),
            _ => api.Anonymous(),
        };
        var url = bad.Url.Replace("{filing}", filing.Url(), StringComparison.Ordinal);

        var response = bad.Json is null
            ? await ApiResponse.ReadAsync(await client.SendAsync(new HttpRequestMessage(new HttpMethod(bad.Method), url)))
            : await client.SendRawAsync(new HttpMethod(bad.Method), url, bad.Json, bad.MediaType);

        var problem = ProblemAssert.IsProblem(response, bad.Status, bad.Code);
        if (bad.Fields is { } fields)
        {
            ProblemAssert.HasFieldErrors(response, bad.Status, fields);
        }
        else
        {
            Assert.True(ProblemAssert.HasChinese(problem.TryGetProperty("detail", out var detail) ? detail.GetString() : problem.GetProperty("title").GetString()));
        }

        Assert.Equal(before, await _driver.StateAsync(filing));
    }

    [Fact]
    public async Task Uploads_that_are_empty_too_large_or_not_forms_are_refused_with_a_reason()
    {
        var filing = await _driver.NewAtAsync(Milestone.DeclarationDraft);
        using var filer = await api.AsAsync(filing.Filer);
        var url = filing.Url("/forms/import");

        ProblemAssert.HasFieldErrors(await filer.UploadAsync(url, [], "空.txt"), "file");

        var oversized = new byte[(10 * 1024 * 1024) + 1];
        Array.Fill(oversized, (byte)'a');
        var tooLarge = ProblemAssert.IsProblem(await filer.UploadAsync(url, oversized, "大.txt"), 413);
        Assert.Contains("10 MB", tooLarge.GetProperty("errors").GetProperty("file")[0].GetString(), StringComparison.Ordinal);

        var noForm = ProblemAssert.IsRuleRefusal(await filer.UploadAsync(url, "这是一份会议纪要，没有表格。"u8.ToArray(), "纪要.txt"), "form.import-failed");
        Assert.NotEmpty(noForm.GetProperty("findings").EnumerateArray());

        byte[] brokenZip = [.. "PK\u0003\u0004"u8, .. new byte[200]];
        ProblemAssert.IsRuleRefusal(await filer.UploadAsync(url, brokenZip, "损坏.xlsx"), "form.import-failed");

        using var noFile = new MultipartFormDataContent { { new StringContent("x"), "note" } };
        ProblemAssert.HasFieldErrors(await ApiResponse.ReadAsync(await filer.PostAsync(url, noFile)), "file");

        Assert.Empty((await filer.GetApiAsync(filing.Url("/forms/Declaration"))).Ok().EnumerateArray());
    }
}
