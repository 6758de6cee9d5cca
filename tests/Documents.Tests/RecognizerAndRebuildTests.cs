using FsCheck;
using FsCheck.Fluent;
using PerfWorkflow.Documents.Text;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Indicators;

namespace PerfWorkflow.Documents.Tests;

/// <summary>The recogniser, and the rebuilding of rows that PDF copies break over several lines.</summary>
public class RecognizerAndRebuildTests
{
    [Theory]
    [InlineData(Seed.Declaration000, FormKind.DepartmentDeclaration)]
    [InlineData(Seed.Report001, FormKind.SelfEvaluationReport)]
    [InlineData(Seed.ProjectTable002, FormKind.ProjectTable)]
    [InlineData(Seed.SelfEvaluation003, FormKind.SelfEvaluationTable)]
    [InlineData(Seed.Declaration004, FormKind.DepartmentDeclaration)]
    public void Recognises_each_seed(string seed, FormKind expected) =>
        Assert.Equal(expected, FormRecognizer.Recognize(Seed.Text(seed)));

    [Theory]
    [InlineData("2025年绩效运行监控表\n部门名称 某局", FormKind.MonitoringForm)]
    [InlineData("2024年度整改清单", FormKind.RectificationList)]
    [InlineData("会议纪要：讨论项目支出绩效目标表的填报", FormKind.ProjectTable)]
    [InlineData("关于做好预算工作的通知", FormKind.Unknown)]
    [InlineData("", FormKind.Unknown)]
    [InlineData(null, FormKind.Unknown)]
    public void Recognises_titles_and_refuses_other_text(string? text, FormKind expected) =>
        Assert.Equal(expected, FormRecognizer.Recognize(text));

    [Fact]
    public void A_report_naming_other_forms_in_its_prose_is_still_a_report()
    {
        // Seed 001 names "绩效目标申报表、绩效运行监控表" in its problems chapter; its title comes first.
        var text = Seed.Text(Seed.Report001);
        Assert.Contains("绩效运行监控表", text, StringComparison.Ordinal);
        Assert.Equal(FormKind.SelfEvaluationReport, FormRecognizer.Recognize(text));
    }

    [Fact]
    public void A_tab_separated_row_broken_over_lines_is_rebuilt()
    {
        var text = "项目支出绩效目标表（含转移支付项目）\n部门名称：某局\n单位：万元\n" +
            "项目名称（资金使用单位）\t总计\t财政拨款\t财政专户拨款\t其他资金\t绩效目标\t绩效指标\n" +
            "合计\t10.00\t10.00\t\t\t\t\n" +
            "某项目\t10.00\t10.00\t\t\t保障办公\n运行，做好后勤。\t1、1-产出指标；11-数量指标；会议次数；实施周期指标值:2次；年度指标值:2次。\n";
        var result = ProjectTableTextImporter.Import(text);
        Assert.True(result.Succeeded, string.Join("\n", result.Notes.Select(n => n.Message)));
        var row = Assert.Single(result.Form!.Rows);
        Assert.Equal("保障办公运行，做好后勤。", row.PerformanceTarget);
        Assert.Equal(new IndicatorEntry("1-产出指标", "11-数量指标", "会议次数", "2次", "2次"), Assert.Single(row.Indicators));
    }

    [Fact]
    public void Text_outside_the_project_table_and_unreadable_indicators_are_reported_not_dropped()
    {
        var text = "项目支出绩效目标表\n部门名称：某局\n单位：万元\n这是一行说明文字\n" +
            "某项目\t1.00\t1.00\t\t\t目标\t前言 1、1-产出指标；11-数量指标；缺年度值的指标；实施周期指标值:1次\n";
        var result = ProjectTableTextImporter.Import(text);
        Assert.Contains(result.Notes, n => n.Code == "import.unplaced-text" && n.Message.Contains("这是一行说明文字", StringComparison.Ordinal));
        Assert.Contains(result.Notes, n => n.Code == "import.unplaced-text" && n.Message.Contains("前言", StringComparison.Ordinal));
        Assert.Contains(result.Notes, n => n.Code == "import.unplaced-text" && n.Message.Contains("缺年度值的指标", StringComparison.Ordinal));
        Assert.Empty(result.Form!.Rows[0].Indicators);
    }

    [Fact]
    public void Declaration_indicator_fragments_that_fit_no_row_are_reported()
    {
        var declaration = Seed.Text(Seed.Declaration000).Replace("宣传效应 达标 达标", "宣传效应 达标 达标\n孤立的一段", StringComparison.Ordinal);
        var result = DepartmentDeclarationTextImporter.Import(declaration);
        var note = Assert.Single(result.Notes);
        Assert.Equal("import.unplaced-text", note.Code);
        Assert.Contains("孤立的一段", note.Message, StringComparison.Ordinal);
        Assert.Equal(21, result.Form!.Indicators.Count);
    }

    [Fact]
    public void Packed_indicator_cells_round_trip()
    {
        var safeText = Gen.Elements("开展招商活动次数", "100%", "不少于150家", "是", "1次", "提升园区知名度，推动双高发展", "≥85%", "赴市外开展活动；不少于1次", "1-2个");
        var entries =
            from level in Gen.Elements(("1-产出指标", "11-数量指标"), ("2-效益指标", "22-社会效益"), ("产出指标", "质量指标"), ("满意度指标", "服务对象满意度指标"))
            from name in safeText
            from period in safeText
            from annual in safeText
            select new IndicatorEntry(level.Item1, level.Item2, name, period, annual);

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(300), Prop.ForAll(Gen.ListOf(entries).ToArbitrary(), list =>
        {
            var (parsed, unplaced) = PackedIndicatorCell.Parse(PackedIndicatorCell.Pack(list));
            return unplaced.Count == 0 && parsed.SequenceEqual(list);
        }));
    }

    [Fact]
    public void Key_task_text_before_the_first_task_is_reported()
    {
        var text = Seed.Text(Seed.Declaration000).Replace("名称 主要实施内容 拟投入的资金（万元） 期望达到的目标（概述）\n",
            "名称 主要实施内容 拟投入的资金（万元） 期望达到的目标（概述）\n这是一段多出来的很长很长很长很长很长很长的文字内容\n", StringComparison.Ordinal);
        var result = DepartmentDeclarationTextImporter.Import(text);
        var note = Assert.Single(result.Notes);
        Assert.Equal("import.unplaced-text", note.Code);
        Assert.Contains("这是一段多出来的", note.Message, StringComparison.Ordinal);
        Assert.Equal(3, result.Form!.KeyTasks.Count);
        Assert.Equal("聚焦效能提升，优作风、强素质，赋能高质量发展再开新局面。", result.Form.KeyTasks[0].Name);
    }

    [Fact]
    public void Key_tasks_without_any_amount_are_an_error_that_keeps_the_text()
    {
        var text = string.Join('\n', Seed.Text(Seed.Declaration000).Split('\n').Where(l => l.Trim() is not ("250.50" or "3,133.00" or "4,155.22")));
        var result = DepartmentDeclarationTextImporter.Import(text);
        Assert.False(result.Succeeded);
        var note = Assert.Single(result.Notes, n => n.Code == "import.key-tasks-unreadable");
        Assert.Contains("聚焦效能提升", note.Message, StringComparison.Ordinal);
        Assert.Empty(result.Form!.KeyTasks);
    }
}
