using PerfWorkflow.Host.Tests.Infrastructure;

namespace PerfWorkflow.Host.Tests;

/// <summary>
/// A text over its bound is well-formed but unacceptable: Workflow and Notification answer it as Filing does, a
/// Chinese 422 ProblemDetails naming the field, and nothing is stored.
/// </summary>
public sealed class TextLimitTests(HostApp host) : IClassFixture<HostApp>
{
    [Theory]
    [InlineData("webhookUrl")]
    [InlineData("emailAddress")]
    [InlineData("webhookSecret")]
    public async Task A_too_long_notification_preference_is_a_chinese_422_naming_the_field(string field)
    {
        using var filer = await host.AsAsync($"{HostApp.CleanDepartment}-filer");
        var huge = "https://hooks.example.cn/" + new string('a', 5000);
        var body = new Dictionary<string, object?>
        {
            ["emailEnabled"] = false,
            ["webhookEnabled"] = false,
            [field] = field == "emailAddress" ? new string('a', 300) + "@example.cn" : huge,
        };

        var answer = await filer.SendAnswerAsync(HttpMethod.Put, "/api/notifications/preferences", body);

        AssertFieldTooLong(answer, field);
        Assert.False((await filer.GetAnswerAsync("/api/notifications/preferences")).Json.GetProperty("webhookSecretSet").GetBoolean());
    }

    [Fact]
    public async Task A_too_long_reason_for_a_deadline_extension_is_a_chinese_422()
    {
        using var office = await host.AsAsync(HostApp.PerformanceOffice);

        var answer = await office.SendAnswerAsync(HttpMethod.Post, "/api/workflow/calendars/2027/extensions",
            new { stage = "Declaration", newDueDate = "2027-03-31", reason = new string('因', 2001) });

        AssertFieldTooLong(answer, "reason");
    }

    [Fact]
    public async Task A_too_long_reason_in_a_departments_extension_application_is_a_chinese_422()
    {
        using var filer = await host.AsAsync($"{HostApp.CleanDepartment}-filer");

        var answer = await filer.SendAnswerAsync(HttpMethod.Post, "/api/workflow/extension-applications",
            new { filingId = Guid.NewGuid(), newDueDate = "2027-03-31", reason = new string('因', 2001) });

        AssertFieldTooLong(answer, "reason");
    }

    [Fact]
    public async Task A_too_long_comment_refusing_an_extension_application_is_a_chinese_422()
    {
        using var office = await host.AsAsync(HostApp.PerformanceOffice);

        var answer = await office.SendAnswerAsync(HttpMethod.Post, $"/api/workflow/extension-applications/{Guid.NewGuid()}/refuse",
            new { comment = new string('因', 2001) });

        AssertFieldTooLong(answer, "comment");
    }

    private static void AssertFieldTooLong(Answer answer, string field)
    {
        var problem = HttpCalls.IsProblem(answer, 422);
        Assert.True(HttpCalls.HasChinese(problem.GetProperty("errors").GetProperty(field)[0].GetString()), answer.ToString());
    }
}
