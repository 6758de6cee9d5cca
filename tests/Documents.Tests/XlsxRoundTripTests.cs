using System.Text.Encodings.Web;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using PerfWorkflow.Documents.Text;
using PerfWorkflow.Documents.Xlsx;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Rectification;
using PerfWorkflow.Domain.Indicators;

namespace PerfWorkflow.Documents.Tests;

/// <summary>Each form → .xlsx in its official layout → form again, equal field by field.</summary>
public class XlsxRoundTripTests
{
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Records holding lists compare lists by reference, so equality is checked on the full serialised form.
    private static void AssertSame<T>(T expected, T actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected, Json), JsonSerializer.Serialize(actual, Json));

    private static T Back<T>(ImportResult<T> result)
        where T : class
    {
        Assert.True(result.Succeeded, string.Join("\n", result.Notes.Select(n => n.Message)));
        Assert.Empty(result.Notes);
        return result.Form!;
    }

    [Theory]
    [InlineData(Seed.Declaration000)]
    [InlineData(Seed.Declaration004)]
    public void Declarations_round_trip(string seed)
    {
        var form = DepartmentDeclarationTextImporter.Import(Seed.Text(seed)).Form!;
        AssertSame(form, Back(DepartmentDeclarationXlsx.Import(DepartmentDeclarationXlsx.Export(form))));
    }

    [Fact]
    public void Project_table_round_trips_with_packed_indicators()
    {
        var table = ProjectTableTextImporter.Import(Seed.Text(Seed.ProjectTable002)).Form!;
        var bytes = ProjectTableXlsx.Export(table);
        AssertSame(table, Back(ProjectTableXlsx.Import(bytes)));
    }

    [Fact]
    public void Self_evaluation_table_round_trips_with_rates_at_their_precision()
    {
        var form = SelfEvaluationTableTextImporter.Import(Seed.Text(Seed.SelfEvaluation003)).Form!;
        var scored = form with
        {
            Tasks = [form.Tasks[0] with { Indicators = [form.Tasks[0].Indicators[0] with { Weight = 12.5m, StatedScore = 11.25m, AnnualTarget = "≥85家" }, .. form.Tasks[0].Indicators.Skip(1)] }, .. form.Tasks.Skip(1),
                new SelfEvaluationTask { Name = "无指标的任务", ExpectedTarget = "目标", Funds = null }],
            ExecutionShortfallExplanation = "部分项目跨年实施",
        };
        var back = Back(SelfEvaluationTableXlsx.Import(SelfEvaluationTableXlsx.Export(scored)));
        AssertSame(scored, back);
        Assert.Equal(2, back.StatedExecutionRate!.DecimalPlaces);
    }

    [Fact]
    public void Report_round_trips()
    {
        var report = SelfEvaluationReportTextImporter.Import(Seed.Text(Seed.Report001)).Form!;
        AssertSame(report, Back(SelfEvaluationReportXlsx.Import(SelfEvaluationReportXlsx.Export(report))));
    }

    [Fact]
    public void Monitoring_form_round_trips()
    {
        var form = new PerformanceMonitoringForm
        {
            DepartmentName = "广州开发区穗港科技合作园管理委员会",
            ProjectName = "企业服务工作经费",
            FiscalYear = 2025,
            AnnualBudget = 150.00m,
            ExecutedJanuaryToJune = 52.30m,
            StatedExecutionRate = new StatedPercentage(34.87m, 2),
            ForecastFullYearExecution = 149.58m,
            ExecutionShortfallExplanation = "",
            Indicators =
            [
                new MonitoredIndicator
                {
                    Indicator = new IndicatorEntry("产出指标", "数量指标", "走访企业次数", "150", "不少于150家"),
                    CompletedByEndOfJune = "68家",
                    ForecastFullYear = "150家",
                    Likelihood = CompletionLikelihood.Possible,
                    DeviationCauses = [DeviationCause.Staffing, DeviationCause.Other],
                    DeviationNote = "上半年人员借调\n下半年补足",
                    CorrectiveAction = "增派人员走访",
                },
                new MonitoredIndicator { Indicator = new IndicatorEntry("满意度指标", "服务对象满意度指标", "服务满意率", "95%", "95%") },
            ],
        };
        AssertSame(form, Back(MonitoringFormXlsx.Import(MonitoringFormXlsx.Export(form))));
    }

    [Fact]
    public void Rectification_lists_round_trip()
    {
        var text = Gen.Elements("", "预算执行率偏低", "  前后有空格  ", "多行\n说明", "绩效目标设置过低，实际完成率超过计划完成值", "科室A");
        var items =
            from source in Gen.Elements(Enum.GetValues<RectificationSource>())
            from status in Gen.Elements(Enum.GetValues<RectificationListRowStatus>())
            from problem in text
            from measure in text
            from owner in text
            from evidence in text
            from day in Gen.Choose(0, 3000)
            select new RectificationListRow
            {
                Source = source, Problem = problem, Measure = measure, Owner = owner, Evidence = evidence, Status = status,
                Deadline = new DateOnly(2024, 1, 1).AddDays(day),
            };
        var lists =
            from list in Gen.ListOf(items)
            from year in Gen.Choose(2020, 2030)
            select new RectificationList { DepartmentName = "某局", FiscalYear = year, Items = [.. list] };

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(60), Prop.ForAll(lists.ToArbitrary(), list =>
        {
            var back = RectificationListXlsx.Import(RectificationListXlsx.Export(list));
            return back.Succeeded && JsonSerializer.Serialize(back.Form, Json) == JsonSerializer.Serialize(list, Json);
        }));
    }

    [Fact]
    public void A_workbook_of_another_form_is_the_wrong_form()
    {
        var table = ProjectTableTextImporter.Import(Seed.Text(Seed.ProjectTable002)).Form!;
        var result = DepartmentDeclarationXlsx.Import(ProjectTableXlsx.Export(table));
        Assert.Null(result.Form);
        Assert.Equal("import.wrong-form", Assert.Single(result.Notes).Code);
    }

    [Fact]
    public void Unknown_words_in_a_workbook_are_reported()
    {
        var list = new RectificationList
        {
            DepartmentName = "某局",
            FiscalYear = 2025,
            Items = [new RectificationListRow { Source = RectificationSource.Audit, Problem = "问题", Deadline = new DateOnly(2025, 6, 30) }],
        };
        var sheet = XlsxWorkbook.Read(RectificationListXlsx.Export(list))[0];
        sheet.Rows[4][7] = "差不多了";
        sheet.Rows[4][5] = "六月底";
        var edited = XlsxWorkbook.Write([new XlsxWorkbook.Sheet(sheet.Name, sheet.Rows.Select(r => (IReadOnlyList<object?>)r.Cast<object?>().ToList()).ToList())]);
        var result = RectificationListXlsx.Import(edited);
        Assert.False(result.Succeeded);
        Assert.Contains(result.Notes, n => n.Message.Contains("差不多了", StringComparison.Ordinal));
        Assert.Contains(result.Notes, n => n.Message.Contains("六月底", StringComparison.Ordinal));
    }
}
