using System.Text.Json;
using PerfWorkflow.Host.Tests.Infrastructure;

namespace PerfWorkflow.Host.Tests;

/// <summary>
/// A 项目支出绩效目标表 filled in through the Portal as a browser without script posts it: started blank, project rows
/// added with their amounts, 绩效目标 and indicators, edited and saved with every number as typed; what cannot be saved
/// gets a message beside the field and saves nothing; rows that were not on the page are refused with a page.
/// </summary>
public sealed class OnlineProjectTableTests(HostApp host) : IClassFixture<HostApp>
{
    private const string Filer = $"{HostApp.CleanDepartment}-filer";

    [Fact]
    public async Task A_project_row_added_online_edited_and_saved_keeps_every_number_exactly_and_its_money_findings_sit_beside_its_row()
    {
        var (id, browser) = await StartedAsync(2041);
        using var _ = browser;
        var editor = EditorOf(id);

        // 添加项目行 shows an empty row with an indicator list of its own; nothing is saved yet.
        var added = await PostAsync(browser, editor, HandlerOf(id, "AddProject"), Form(("Edit", "ProjectTable")));
        Assert.Equal(200, added.Status);
        Assert.Contains("name=\"Projects[0].Name\"", added.Text, StringComparison.Ordinal);
        Assert.Contains("data-list=\"rows[0].indicators\"", added.Text, StringComparison.Ordinal);
        Assert.Equal(1, (await ProjectTableAsync(id)).GetProperty("revision").GetInt32());

        var first = await PostAsync(browser, editor, HandlerOf(id, "Save"), Form(
            ("Edit", "ProjectTable"),
            ("Projects[0].Original", "-1"), ("Projects[0].Name", "园区运营补助"), ("Projects[0].Kind", "Project"),
            ("Projects[0].Total", "1234.56"), ("Projects[0].FiscalAppropriation", "1,000.5"), ("Projects[0].FiscalSpecialAccount", ""),
            ("Projects[0].OtherFunds", "234.06"), ("Projects[0].PerformanceTarget", "保障园区正常运营。\r\n按时拨付补助。"),
            ("Rows[0].List", "rows[0].indicators"), ("Rows[0].Original", "-1"), ("Rows[0].Level1", "产出指标"), ("Rows[0].Level2", "数量指标"),
            ("Rows[0].Name", "补助企业数量"), ("Rows[0].PeriodTarget", "≥20家"), ("Rows[0].AnnualTarget", "≥20家"),
            ("ProjectTotal.Total", "1234.56"), ("ProjectTotal.FiscalAppropriation", "1000.50"), ("ProjectTotal.OtherFunds", "234.06")));
        Assert.Equal(302, first.Status);

        var saved = (await ProjectTableAsync(id)).GetProperty("document");
        var row = saved.GetProperty("rows")[0];
        Assert.Equal(("园区运营补助", "Project", 1234.56m, 1000.5m, JsonValueKind.Null, 234.06m),
            (row.GetProperty("name").GetString(), row.GetProperty("kind").GetString(), row.GetProperty("total").GetDecimal(),
             row.GetProperty("fiscalAppropriation").GetDecimal(), row.GetProperty("fiscalSpecialAccount").ValueKind, row.GetProperty("otherFunds").GetDecimal()));
        Assert.Equal("保障园区正常运营。\n按时拨付补助。", row.GetProperty("performanceTarget").GetString());
        Assert.Equal("补助企业数量", row.GetProperty("indicators")[0].GetProperty("name").GetString());
        Assert.Equal((1234.56m, 1000.5m, JsonValueKind.Null), (saved.GetProperty("totalRow").GetProperty("total").GetDecimal(),
            saved.GetProperty("totalRow").GetProperty("fiscalAppropriation").GetDecimal(), saved.GetProperty("totalRow").GetProperty("fiscalSpecialAccount").ValueKind));
        var shown = await browser.GetStringAsync(editor);
        Assert.Contains("校验结果：0 处错误", shown, StringComparison.Ordinal);
        Assert.Contains("value=\"1234.56\"", shown, StringComparison.Ordinal);

        // The saved row edited (its indicator untouched), a second row added whose sources do not add up to its 总计.
        var second = await PostAsync(browser, editor, HandlerOf(id, "Save"), Form(
            ("Edit", "ProjectTable"),
            ("Projects[0].Original", "0"), ("Projects[0].Name", "园区运营补助"), ("Projects[0].Kind", "Project"),
            ("Projects[0].Total", "2000"), ("Projects[0].FiscalAppropriation", "1999.99"), ("Projects[0].FiscalSpecialAccount", "0.01"),
            ("Projects[0].OtherFunds", ""), ("Projects[0].PerformanceTarget", "保障园区正常运营。"),
            ("Rows[0].List", "rows[0].indicators"), ("Rows[0].Original", "0"), ("Rows[0].Level1", "产出指标"), ("Rows[0].Level2", "数量指标"),
            ("Rows[0].Name", "补助企业数量"), ("Rows[0].PeriodTarget", "≥20家"), ("Rows[0].AnnualTarget", "≥20家"),
            ("Projects[1].Original", "-1"), ("Projects[1].Name", "招商工作经费"), ("Projects[1].Kind", "Project"),
            ("Projects[1].Total", "4.9"), ("Projects[1].FiscalAppropriation", "4.8"),
            ("ProjectTotal.Total", "2004.90"), ("ProjectTotal.FiscalAppropriation", "2004.89"), ("ProjectTotal.FiscalSpecialAccount", "0.01")));
        Assert.Equal(302, second.Status);

        var table = await ProjectTableAsync(id);
        var rows = table.GetProperty("document").GetProperty("rows");
        Assert.Equal(3, table.GetProperty("revision").GetInt32());
        Assert.Equal((2000m, 1999.99m, 0.01m, JsonValueKind.Null), (rows[0].GetProperty("total").GetDecimal(), rows[0].GetProperty("fiscalAppropriation").GetDecimal(),
            rows[0].GetProperty("fiscalSpecialAccount").GetDecimal(), rows[0].GetProperty("otherFunds").ValueKind));
        Assert.Equal("≥20家", rows[0].GetProperty("indicators")[0].GetProperty("annualTarget").GetString());
        Assert.Equal(("招商工作经费", 4.9m, 4.8m, 0), (rows[1].GetProperty("name").GetString(), rows[1].GetProperty("total").GetDecimal(),
            rows[1].GetProperty("fiscalAppropriation").GetDecimal(), rows[1].GetProperty("indicators").GetArrayLength()));
        Assert.Equal(2004.9m, table.GetProperty("document").GetProperty("totalRow").GetProperty("total").GetDecimal());

        var page = await browser.GetStringAsync(editor);
        var secondRow = page[page.IndexOf("data-project=\"2\"", StringComparison.Ordinal)..page.IndexOf("data-testid=\"project-total\"", StringComparison.Ordinal)];
        var firstRow = page[page.IndexOf("data-project=\"1\"", StringComparison.Ordinal)..page.IndexOf("data-project=\"2\"", StringComparison.Ordinal)];
        Assert.Contains("data-code=\"money.project-row-sources-mismatch\" data-field=\"rows[1].total\"", secondRow, StringComparison.Ordinal);
        Assert.DoesNotContain("money.project-row-sources-mismatch", firstRow, StringComparison.Ordinal);
        Assert.Contains("value=\"4.9\"", secondRow, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_amount_or_a_missing_project_name_gets_a_message_beside_the_field_what_was_typed_stays_and_nothing_is_saved()
    {
        var (id, browser) = await StartedAsync(2042);
        using var _ = browser;

        var refused = await PostAsync(browser, EditorOf(id), HandlerOf(id, "Save"), Form(
            ("Edit", "ProjectTable"),
            ("Projects[0].Original", "-1"), ("Projects[0].Name", " "), ("Projects[0].Kind", "Project"),
            ("Projects[0].Total", "12.345"), ("Projects[0].FiscalAppropriation", "一百"), ("Projects[0].PerformanceTarget", "已填写的绩效目标"),
            ("ProjectTotal.Total", "-5")));

        Assert.Equal(200, refused.Status);
        Assert.Contains("data-testid=\"input-error\"", refused.Text, StringComparison.Ordinal);
        Assert.Contains("请填写第 1 行的项目名称", refused.Text, StringComparison.Ordinal);
        Assert.Contains("id=\"project-0-Total-error\"", refused.Text, StringComparison.Ordinal);
        Assert.Contains("第 1 行的“财政拨款”应为金额", refused.Text, StringComparison.Ordinal);
        Assert.Contains("合计行的“总计”应为金额", refused.Text, StringComparison.Ordinal);
        Assert.Contains("value=\"12.345\"", refused.Text, StringComparison.Ordinal);
        Assert.Contains("value=\"一百\"", refused.Text, StringComparison.Ordinal);
        Assert.Contains("已填写的绩效目标</textarea>", refused.Text, StringComparison.Ordinal);
        var table = await ProjectTableAsync(id);
        Assert.Equal((1, 0), (table.GetProperty("revision").GetInt32(), table.GetProperty("document").GetProperty("rows").GetArrayLength()));
    }

    [Fact]
    public async Task Project_rows_of_another_form_or_out_of_range_are_refused_with_a_page_not_a_500_and_nothing_is_saved()
    {
        var (id, browser) = await StartedAsync(2043);
        using var _ = browser;
        var editor = EditorOf(id);
        Assert.Equal(302, (await PostAsync(browser, editor, HandlerOf(id, "Save"), Form(
            ("Edit", "ProjectTable"), ("Projects[0].Original", "-1"), ("Projects[0].Name", "园区运营补助"), ("Projects[0].Total", "10")))).Status);

        (string Handler, (string, string)[] Fields)[] foreign =
        [
            ("Save", [("Projects[0].Original", "7"), ("Projects[0].Name", "不存在的行")]),
            ("Save", [("Projects[0].Original", "-3"), ("Projects[0].Name", "负数行号")]),
            ("Save", [("Projects[0].Original", "0"), ("Projects[0].Name", "甲"), ("Projects[1].Original", "0"), ("Projects[1].Name", "乙")]),
            ("Save", [("Projects[0].Original", "0"), ("Projects[0].Name", "甲"), ("Rows[0].List", "indicators"), ("Rows[0].Name", "申报表的指标")]),
            ("Save", [("Projects[0].Original", "0"), ("Projects[0].Name", "甲"), ("Rows[0].List", "rows[5].indicators"), ("Rows[0].Name", "第六行的指标")]),
            ("AddRow", [("Projects[0].Original", "0"), ("addTo", "rows[3].indicators")]),
            ("AddRow", [("Projects[0].Original", "5"), ("addTo", "rows[0].indicators")]),
            ("AddProject", [("Projects[0].Original", "9")]),
        ];
        foreach (var (handler, fields) in foreign)
        {
            var answer = await PostAsync(browser, editor, HandlerOf(id, handler), Form([("Edit", "ProjectTable"), .. fields]));
            Assert.True(answer.Status == 422, $"{handler} {string.Join('&', fields)} → {answer}");
            Assert.Contains("data-testid=\"input-error\"", answer.Text, StringComparison.Ordinal);
        }

        // A text over the Filing API's bound is refused in Chinese on the page, not a 500.
        var long_ = await PostAsync(browser, editor, HandlerOf(id, "Save"), Form(
            ("Edit", "ProjectTable"), ("Projects[0].Original", "0"), ("Projects[0].Name", "园区运营补助"), ("Projects[0].PerformanceTarget", new string('标', 20_001))));
        Assert.True(long_.Status < 500, long_.ToString());
        Assert.Contains("内容过长", long_.Text, StringComparison.Ordinal);

        var table = await ProjectTableAsync(id);
        Assert.Equal((2, "园区运营补助"), (table.GetProperty("revision").GetInt32(), table.GetProperty("document").GetProperty("rows")[0].GetProperty("name").GetString()));
    }

    [Fact]
    public async Task A_project_table_alone_is_flagged_as_needing_the_declaration_and_is_submitted_with_it_once_both_are_filled_online()
    {
        var (id, browser) = await StartedAsync(2044);
        using var _ = browser;
        var filingPage = $"/Filings/{id}";
        Assert.Equal(302, (await PostAsync(browser, EditorOf(id), HandlerOf(id, "Save"), Form(
            ("Edit", "ProjectTable"), ("Projects[0].Original", "-1"), ("Projects[0].Name", "园区运营补助"), ("Projects[0].Total", "10"),
            ("Projects[0].FiscalAppropriation", "10"), ("Projects[0].PerformanceTarget", "保障园区运营。"), ("ProjectTotal.Total", "10"), ("ProjectTotal.FiscalAppropriation", "10")))).Status);
        Assert.Contains("data-testid=\"needs-declaration\"", await browser.GetStringAsync(EditorOf(id)), StringComparison.Ordinal);

        var refused = await PostAsync(browser, filingPage, filingPage + "?handler=Submit", "");
        Assert.Equal(200, refused.Status);
        Assert.Contains("部门整体预算绩效目标申报表", refused.Text, StringComparison.Ordinal);
        Assert.Equal("Draft", await StateAsync(id));

        var formPage = $"/Filings/{id}/Form/Declaration";
        Assert.Equal(302, (await PostAsync(browser, formPage, HandlerOf(id, "Start"), "")).Status);
        Assert.Equal(302, (await PostAsync(browser, formPage, HandlerOf(id, "Save"), Form(
            ("Edit", "DepartmentDeclaration"),
            ("Money[0].Field", "basicExpenditure"), ("Money[0].Value", "120.50"), ("Money[1].Field", "fiscalAppropriation"), ("Money[1].Value", "120.50"),
            ("Money[2].Field", "districtLevelFunds"), ("Money[2].Value", "120.50"), ("Texts.OverallTarget", "保障部门正常运转。"),
            ("Rows[0].List", "indicators"), ("Rows[0].Original", "-1"), ("Rows[0].Level1", "产出指标"), ("Rows[0].Level2", "数量指标"),
            ("Rows[0].Name", "开展招商活动次数"), ("Rows[0].PeriodTarget", "≥12次"), ("Rows[0].AnnualTarget", "≥12次")))).Status);
        Assert.DoesNotContain("data-testid=\"needs-declaration\"", await browser.GetStringAsync(EditorOf(id)), StringComparison.Ordinal);

        Assert.Equal(302, (await PostAsync(browser, filingPage, filingPage + "?handler=Submit", "")).Status);
        Assert.Equal("InReview", await StateAsync(id));
        using var api = await host.AsAsync(HostApp.PerformanceOffice);
        var submitted = (await api.GetAnswerAsync($"/api/filings/{id}/forms/Declaration?version=1")).Json;
        Assert.Equal(["DepartmentDeclaration", "ProjectTable"], submitted.EnumerateArray().Select(f => f.GetProperty("kind").GetString()).Order(StringComparer.Ordinal));
    }

    /// <summary>A filing of its own year with a blank project table started from the form page, and the filer's browser.</summary>
    private async Task<(Guid Id, HttpClient Browser)> StartedAsync(int year)
    {
        Guid id;
        using (var office = await host.AsAsync(HostApp.PerformanceOffice))
        {
            var opened = await office.SendAnswerAsync(HttpMethod.Post, "/api/filings", new { departmentId = HostApp.CleanDepartment, fiscalYear = year });
            Assert.True(opened.Status is 200 or 201, opened.ToString());
            id = opened.Json.GetProperty("id").GetGuid();
        }

        var browser = await PortalPages.SignInAsync(host, Filer);
        var formPage = $"/Filings/{id}/Form/Declaration";
        var filingPage = $"/Filings/{id}";
        Assert.Contains("data-testid=\"start-project-table\"", await browser.GetStringAsync(formPage), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"start-project-table\"", await browser.GetStringAsync(filingPage), StringComparison.Ordinal);
        Assert.Equal(302, (await PostAsync(browser, filingPage, HandlerOf(id, "StartProjectTable"), "")).Status);
        var blank = await browser.GetStringAsync(EditorOf(id));
        Assert.Contains("data-testid=\"add-project\"", blank, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"start-project-table\"", blank, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"start-project-table\"", await browser.GetStringAsync(filingPage), StringComparison.Ordinal);
        return (id, browser);
    }

    private async Task<JsonElement> ProjectTableAsync(Guid id)
    {
        using var api = await host.AsAsync(Filer);
        var forms = (await api.GetAnswerAsync($"/api/filings/{id}/forms/Declaration")).Json;
        return forms.EnumerateArray().Single(f => f.GetProperty("kind").GetString() == "ProjectTable");
    }

    private async Task<string?> StateAsync(Guid id)
    {
        using var api = await host.AsAsync(HostApp.PerformanceOffice);
        return (await api.GetAnswerAsync($"/api/filings/{id}")).Json.GetProperty("state").GetString();
    }

    private static string EditorOf(Guid id) => $"/Filings/{id}/Form/Declaration?edit=ProjectTable";

    private static string HandlerOf(Guid id, string handler) => $"/Filings/{id}/Form/Declaration?handler={handler}";

    private static string Form(params (string Name, string Value)[] fields) =>
        string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Name)}={Uri.EscapeDataString(f.Value)}"));

    private static async Task<Answer> PostAsync(HttpClient browser, string tokenPage, string path, string form)
    {
        var token = await PortalPages.AntiforgeryTokenAsync(browser, tokenPage);
        var body = (form.Length == 0 ? "" : form + "&") + "__RequestVerificationToken=" + Uri.EscapeDataString(token);
        return await PortalPages.PostFormAsync(browser, path, body);
    }
}
