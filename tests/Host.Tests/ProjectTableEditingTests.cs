using System.Text.Json;
using System.Text.Json.Nodes;
using PerfWorkflow.Portal.Forms;

namespace PerfWorkflow.Host.Tests;

/// <summary>
/// The project-table editor's reading, checking and applying, without a page: amounts round-trip as saved, blank stays
/// null, rows keep what the editor does not show, removed rows leave with their indicators, new rows get their own list.
/// </summary>
public sealed class ProjectTableEditingTests
{
    private static readonly JsonElement Saved = JsonDocument.Parse("""
        {
          "departmentName": "某局", "moneyUnit": "万元",
          "totalRow": { "name": "合计", "kind": "Project", "total": 154.9, "fiscalAppropriation": 154.9, "fiscalSpecialAccount": null, "otherFunds": null, "performanceTarget": "", "indicators": [] },
          "rows": [
            { "name": "某局本级", "kind": "FundingUnit", "total": 154.9, "fiscalAppropriation": 154.9, "fiscalSpecialAccount": null, "otherFunds": null, "performanceTarget": "", "indicators": [] },
            { "name": "招商工作经费", "kind": "Project", "total": 4.90, "fiscalAppropriation": 4.90, "fiscalSpecialAccount": null, "otherFunds": null, "performanceTarget": "抢抓机遇",
              "indicators": [ { "level1": "产出指标", "level2": "数量指标", "name": "招商活动", "periodTarget": "≥4次", "annualTarget": "≥4次", "actual": "5次", "weight": 10, "statedScore": null, "note": "已核" } ] },
            { "name": "企业服务工作经费", "kind": "Project", "total": 150, "fiscalAppropriation": 150, "fiscalSpecialAccount": null, "otherFunds": null, "performanceTarget": "优化服务", "indicators": [] }
          ]
        }
        """).RootElement.Clone();

    [Fact]
    public void An_untouched_table_is_written_back_exactly_as_saved_with_blank_amounts_still_null()
    {
        var rows = ProjectTableEditing.RowsOf(Saved);
        var total = ProjectTableEditing.TotalOf(Saved);
        var indicators = FormEditing.RowsOf("ProjectTable", Saved);

        Assert.Equal(("4.90", null, "FundingUnit"), (rows[1].Total, rows[1].FiscalSpecialAccount, rows[0].Kind));
        Assert.Empty(ProjectTableEditing.Errors(rows, total));
        var applied = ProjectTableEditing.Apply(Saved, rows, total, indicators);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(Saved.GetRawText()), applied), applied.ToJsonString());
    }

    [Fact]
    public void A_removed_row_leaves_with_its_indicators_and_a_row_added_on_the_page_gets_its_own_list()
    {
        var rows = ProjectTableEditing.RowsOf(Saved);
        rows[1].Remove = true;
        rows[2].OtherFunds = "0.5";
        rows.Add(new ProjectRowInput { Name = " 新项目 ", Total = "12", FiscalAppropriation = "12", PerformanceTarget = "第一行\r\n第二行" });
        var indicators = FormEditing.RowsOf("ProjectTable", Saved);
        indicators.Add(new IndicatorRowInput { List = ProjectTableEditing.ListOf(3), Level1 = "产出指标", Level2 = "数量指标", Name = "新指标", AnnualTarget = "≥1个" });

        var applied = ProjectTableEditing.Apply(Saved, rows, ProjectTableEditing.TotalOf(Saved), indicators)["rows"]!.AsArray();

        Assert.Equal(["某局本级", "企业服务工作经费", "新项目"], applied.Select(r => (string?)r!["name"]));
        Assert.Equal(0.5m, (decimal)applied[1]!["otherFunds"]!);
        Assert.Equal(("Project", 12m, null, "第一行\n第二行"), ((string?)applied[2]!["kind"], (decimal)applied[2]!["total"]!, applied[2]!["otherFunds"], (string?)applied[2]!["performanceTarget"]));
        Assert.Equal(["新指标"], applied[2]!["indicators"]!.AsArray().Select(i => (string?)i!["name"]));
        Assert.Empty(applied[1]!["indicators"]!.AsArray());
    }

    [Fact]
    public void A_total_row_appears_only_once_an_amount_of_it_is_typed()
    {
        var blank = JsonDocument.Parse("""{ "departmentName": "某局", "moneyUnit": "万元", "totalRow": null, "rows": [] }""").RootElement;

        Assert.Null(ProjectTableEditing.Apply(blank, [], ProjectTableEditing.TotalOf(blank), [])["totalRow"]);
        var total = ProjectTableEditing.Apply(blank, [], new ProjectRowInput { Total = "8.5", OtherFunds = "8.50" }, [])["totalRow"]!;
        Assert.Equal(("合计", 8.5m, null, 8.5m), ((string?)total["name"], (decimal)total["total"]!, total["fiscalAppropriation"], (decimal)total["otherFunds"]!));
    }

    [Fact]
    public void Each_field_that_cannot_be_saved_gets_its_message_by_place_and_removed_rows_are_not_checked()
    {
        ProjectRowInput[] rows =
        [
            new() { Name = "", Total = "abc", FiscalAppropriation = "1.005", OtherFunds = "1,200.50" },
            new() { Name = "", Total = "x", Remove = true },
            new() { Name = "乙", Kind = "Total", FiscalSpecialAccount = "-1" },
        ];

        var errors = ProjectTableEditing.Errors(rows, new ProjectRowInput { Total = "十" });

        Assert.Equal(["0.FiscalAppropriation", "0.Name", "0.Total", "2.FiscalSpecialAccount", "2.Kind", "total.Total"], errors.Keys.Order(StringComparer.Ordinal));
        Assert.All(errors.Values, m => Assert.True(m.Any(c => c is >= '\u4e00' and <= '\u9fff'), m));
    }

    [Theory]
    [InlineData(new[] { -1, 0, 2, -1 }, true)]
    [InlineData(new[] { 3 }, false)]
    [InlineData(new[] { -2 }, false)]
    [InlineData(new[] { 1, 1 }, false)]
    public void Posted_rows_came_from_the_page_only_as_saved_rows_each_once_or_as_new_ones(int[] originals, bool expected) =>
        Assert.Equal(expected, ProjectTableEditing.CameFromThePage([.. originals.Select(o => new ProjectRowInput { Original = o })], Saved));

    [Fact]
    public void A_list_on_the_page_names_its_saved_rows_list_for_findings_and_a_new_rows_list_none()
    {
        ProjectRowInput[] rows = [new() { Original = 2 }, new() { Original = -1 }];

        Assert.Equal(("rows[2].indicators", null, null), (ProjectTableEditing.SavedListOf("rows[0].indicators", rows),
            ProjectTableEditing.SavedListOf("rows[1].indicators", rows), ProjectTableEditing.SavedListOf("rows[9].indicators", rows)));
    }
}
