using Microsoft.Extensions.DependencyInjection;
using PerfWorkflow.Host.Tests.Infrastructure;

namespace PerfWorkflow.Host.Tests;

/// <summary>
/// Inputs that used to end in a 500 (issue 14) answer a Chinese 4xx: calendar years out of range, an extension to a
/// date the working-day calendar does not cover, JSON in a charset other than UTF-8 on every service, and Portal
/// editor posts naming a list the form does not have. Calendar answers name no server folder.
/// </summary>
public sealed class NoServerErrorTests(HostApp host) : IClassFixture<HostApp>
{
    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("9999")]
    [InlineData("2147483647")]
    public async Task A_calendar_year_out_of_range_is_a_field_error(string year)
    {
        using var office = await host.AsAsync(HostApp.PerformanceOffice);
        var body = HttpCalls.IsProblem(await office.GetAnswerAsync($"/api/workflow/calendars/{year}"), 400);
        Assert.True(body.GetProperty("errors").TryGetProperty("fiscalYear", out _));
    }

    [Fact]
    public async Task A_calendar_answer_names_no_server_path()
    {
        using var office = await host.AsAsync(HostApp.PerformanceOffice);
        var answer = await office.GetAnswerAsync("/api/workflow/calendars/2027");
        Assert.Equal(200, answer.Status);
        Assert.DoesNotContain(AppContext.BaseDirectory.TrimEnd('/'), answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("\"directory\"", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_date_the_working_day_calendar_does_not_cover_is_answered_as_a_rule_refusal()
    {
        // Planning an extension into a year without a holiday notice throws this from the domain; it used to leave as a 500.
        var handler = new Hosting.Web.ProblemExceptionHandler(
            host.App.Services.GetRequiredService<Microsoft.AspNetCore.Http.IProblemDetailsService>(),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<Hosting.Web.ProblemExceptionHandler>.Instance);
        var context = new Microsoft.AspNetCore.Http.DefaultHttpContext { RequestServices = host.App.Services };
        context.Response.Body = new MemoryStream();

        Assert.True(await handler.TryHandleAsync(context, new Domain.Calendar.WorkingDayCalendarNotCoveredException(new DateOnly(2099, 6, 30), [2026, 2027]), CancellationToken.None));

        context.Response.Body.Position = 0;
        var answer = new Answer(context.Response.StatusCode, context.Response.ContentType?.Split(';')[0], await new StreamReader(context.Response.Body).ReadToEndAsync());
        var body = HttpCalls.IsProblem(answer, 422, "calendar.not-covered");
        Assert.Contains("2099", body.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PUT", "/api/notifications/preferences", "application/json; charset=bogus")]
    [InlineData("PUT", "/api/notifications/preferences", "application/json; charset=utf-7")]
    [InlineData("POST", "/api/workflow/calendars/2027/extensions", "application/json; charset=bogus")]
    [InlineData("POST", "/api/filings", "application/json; charset=\"latin1\"")]
    public async Task Json_in_a_charset_other_than_utf8_is_refused_on_every_service(string method, string url, string contentType)
    {
        using var office = await host.AsAsync(HostApp.PerformanceOffice);
        HttpCalls.IsProblem(await office.SendRawAsync(new HttpMethod(method), url, "{}", contentType), 415, "request.charset");
    }

    [Fact]
    public async Task Json_declared_as_quoted_utf8_is_read_as_utf8()
    {
        using var office = await host.AsAsync(HostApp.PerformanceOffice);
        var answer = await office.SendRawAsync(HttpMethod.Put, "/api/notifications/preferences", """{"dailyDigest": true}""", "application/json; charset=\"utf-8\"");
        Assert.Equal(200, answer.Status);
    }

    [Theory]
    [InlineData("addTo=bogus")]
    [InlineData("addTo=rows%5B")]
    [InlineData("")]
    public async Task The_portal_editor_answers_a_row_for_an_unknown_list_with_a_422_page(string form)
    {
        using var browser = await PortalPages.SignInAsync(host, $"{HostApp.CleanDepartment}-filer");
        var filing = await PortalPages.DemoFilingAsync(host, HostApp.CleanDepartment);
        var page = $"/Filings/{filing}/Form/Declaration";
        var token = await PortalPages.AntiforgeryTokenAsync(browser, page + "?edit=DepartmentDeclaration");

        var answer = await PortalPages.PostFormAsync(browser, page + "?handler=AddRow", form + "&__RequestVerificationToken=" + Uri.EscapeDataString(token));

        Assert.Equal(422, answer.Status);
        Assert.Contains("data-testid=\"input-error\"", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("rows%5B9")]
    [InlineData("")]
    public async Task Adding_a_row_drops_posted_rows_that_name_a_list_the_form_does_not_have(string list)
    {
        using var browser = await PortalPages.SignInAsync(host, $"{HostApp.CleanDepartment}-filer");
        var filing = await PortalPages.DemoFilingAsync(host, HostApp.CleanDepartment);
        var page = $"/Filings/{filing}/Form/Declaration";
        var token = await PortalPages.AntiforgeryTokenAsync(browser, page + "?edit=DepartmentDeclaration");

        var answer = await PortalPages.PostFormAsync(browser, page + "?handler=AddRow",
            $"addTo=indicators&Rows%5B0%5D.List={list}&Rows%5B0%5D.Name=stray&__RequestVerificationToken=" + Uri.EscapeDataString(token));

        Assert.Equal(200, answer.Status);
        Assert.DoesNotContain("value=\"stray\"", answer.Text, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"indicator-editor\"", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_portal_editor_refuses_to_save_rows_for_an_unknown_list_and_keeps_the_form()
    {
        using var browser = await PortalPages.SignInAsync(host, $"{HostApp.CleanDepartment}-filer");
        var filing = await PortalPages.DemoFilingAsync(host, HostApp.CleanDepartment);
        var page = $"/Filings/{filing}/Form/Declaration";
        var token = await PortalPages.AntiforgeryTokenAsync(browser, page + "?edit=DepartmentDeclaration");

        var answer = await PortalPages.PostFormAsync(browser, page + "?handler=Save&edit=DepartmentDeclaration",
            "Rows%5B0%5D.List=rows%5Bx%5D.indicators&Rows%5B0%5D.Original=0&Rows%5B0%5D.Level1=a&Rows%5B0%5D.Level2=b&Rows%5B0%5D.Name=c&__RequestVerificationToken=" + Uri.EscapeDataString(token));

        Assert.Equal(422, answer.Status);
    }

    [Fact]
    public async Task A_large_table_posted_from_the_editor_is_read_whole_and_a_flood_of_fields_is_a_400_not_a_500()
    {
        using var browser = await PortalPages.SignInAsync(host, $"{HostApp.CleanDepartment}-filer");
        var filing = await PortalPages.DemoFilingAsync(host, HostApp.CleanDepartment);
        var page = $"/Filings/{filing}/Form/Declaration";
        var token = "&__RequestVerificationToken=" + Uri.EscapeDataString(await PortalPages.AntiforgeryTokenAsync(browser, page + "?edit=DepartmentDeclaration"));
        static string Rows(int count) => string.Concat(Enumerable.Range(0, count).Select(i =>
            $"&Rows%5B{i}%5D.List=indicators&Rows%5B{i}%5D.Level1=a&Rows%5B{i}%5D.Level2=b&Rows%5B{i}%5D.Name=row-{i}"));

        // 300 indicator rows are 1,200 fields: more than ASP.NET Core reads by default (1,024), fewer than a real table may have.
        var large = await PortalPages.PostFormAsync(browser, page + "?handler=AddRow", "addTo=indicators" + Rows(300) + token);
        Assert.Equal(200, large.Status);
        Assert.Contains("value=\"row-299\"", large.Text, StringComparison.Ordinal);

        var flood = await PortalPages.PostFormAsync(browser, page + "?handler=AddRow", "addTo=indicators" + Rows(6_000) + token);
        Assert.Equal(400, flood.Status);
    }
}
