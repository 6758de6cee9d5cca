using System.Net.Http.Json;
using System.Text.Json;
using PerfWorkflow.Documents.Xlsx;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Indicators;
using PerfWorkflow.Integration.Tests.Infrastructure;

namespace PerfWorkflow.Integration.Tests.Filing;

/// <summary>
/// One seed department (天河科技园, seed 000) through 申报 → 监控 → 自评 → 整改 → closed, with Filing, Workflow and
/// Notification as separate processes over RabbitMQ. The bureau revises two chains first: 申报's finance step becomes
/// 会签 (both finance reviewers must approve), 监控's stays 或签 (either may sign off). Every step's assignees find
/// their to-do in the inbox before they act.
/// </summary>
[Collection(RealServersCollection.Name)]
public sealed class FullCycleTests(Xunit.Abstractions.ITestOutputHelper output)
{
    private const string Office = "perf-office";
    private const string Finance1 = "finance-1";
    private const string Finance2 = "finance-2";
    private const string DepartmentName = "广州高新技术产业开发区天河科技园管理委员会";

    [Fact]
    public async Task A_seed_department_goes_through_all_four_stages_with_countersigned_and_either_signed_steps()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        void Lap(string phase) => output.WriteLine($"{phase}: {clock.Elapsed.TotalSeconds:F1} s");
        await using var services = await SeparateServices.StartAsync();
        Lap("three services started");
        using var calls = new FilingCalls(services.Filing);
        var department = (await calls.GetAsync(Office, "api/departments")).EnumerateArray()
            .Single(d => d.GetProperty("name").GetString() == DepartmentName).GetProperty("id").GetString()!;
        var filingId = Assert.Single((await calls.GetAsync(Office, $"api/filings?departmentId={department}&fiscalYear=2027")).EnumerateArray()).GetProperty("id").GetGuid();
        var cycle = new Cycle(calls, new CycleInbox(calls, services.Notification, filingId), filingId, $"{department}-filer", $"{department}-head");

        await ReviseChainsAsync(calls);
        await cycle.DeclareAsync();
        Lap("申报 approved");
        await cycle.MonitorAsync(MonitoringWorkbook());
        Lap("监控 signed off");
        await cycle.SelfEvaluateAsync(SeedFile.As(SeedFile.Report001, DepartmentName, 2027));
        Lap("自评 approved");
        await cycle.RectifyAsync();
        Lap("整改 verified, cycle closed");

        var closed = await calls.GetAsync(Office, $"api/filings/{filingId}");
        Assert.Equal("Closed", closed.GetProperty("stage").GetString());
        await calls.AssertAuditIntactAsync(filingId);
        var actions = (await calls.GetAsync(Office, $"api/filings/{filingId}/audit")).EnumerateArray().Select(a => a.GetProperty("action").GetString()).ToList();
        Assert.Equal(3, actions.Count(a => a == "open-stage")); // the last verified item closes the cycle itself
        Assert.Equal(2, actions.Count(a => a == "verify-rectification"));

        var workflow = await calls.AsAsync(Office, services.Workflow);
        var stages = await Eventually.WaitForAsync(async () =>
        {
            var body = await workflow.GetFromJsonAsync<JsonElement>($"api/workflow/filings/{filingId}");
            return body.GetProperty("cycle").GetProperty("stage").GetString() == "Closed"
                ? body.GetProperty("history").EnumerateArray().Where(h => h.GetProperty("change").GetString() == "approved").Select(h => h.GetProperty("stage").GetString()).ToList()
                : null;
        }, "Workflow to see the cycle closed");
        Assert.Equal(["Declaration", "Monitoring", "SelfEvaluation", "Rectification"], stages);
        Lap("Workflow saw the cycle closed");
    }

    private static async Task ReviseChainsAsync(FilingCalls calls)
    {
        var declaration = await ReviseAsync(calls, "Declaration", ("department-head", "Any"), ("finance-division", "All"), ("performance-office", "Any"));
        Assert.Equal(2, declaration.GetProperty("version").GetInt32());
        Assert.Equal("All", declaration.GetProperty("steps")[1].GetProperty("mode").GetString());
        var monitoring = await ReviseAsync(calls, "Monitoring", ("department-head", "Any"), ("finance-division", "Any"));
        Assert.Equal("Any", monitoring.GetProperty("steps")[1].GetProperty("mode").GetString());
    }

    private static async Task<JsonElement> ReviseAsync(FilingCalls calls, string stage, params (string Role, string Mode)[] steps)
    {
        var (status, body) = await calls.SendAsync(Office, HttpMethod.Put, $"api/chains/2027/{stage}", new { steps = steps.Select(s => new { roleKey = s.Role, mode = s.Mode }) });
        Assert.True(status == 200, $"revising the {stage} chain answered {status}: {body}");
        return body;
    }

    private static byte[] MonitoringWorkbook() => MonitoringFormXlsx.Export(new PerformanceMonitoringForm
    {
        DepartmentName = DepartmentName,
        FiscalYear = 2027,
        AnnualBudget = 12104.57m,
        ExecutedJanuaryToJune = 5810.19m,
        StatedExecutionRate = new StatedPercentage(48.00m, 2),
        ForecastFullYearExecution = 11800.00m,
        ExecutionShortfallExplanation = "部分项目按合同进度下半年集中支付。",
        Indicators =
        [
            new MonitoredIndicator { Indicator = new IndicatorEntry("产出指标", "数量指标", "开展招商活动次数", "≥30次", "≥30次"), CompletedByEndOfJune = "16次", ForecastFullYear = "32次", Likelihood = CompletionLikelihood.Certain },
            new MonitoredIndicator { Indicator = new IndicatorEntry("效益指标", "经济效益", "新增入园企业数（家）", "≥50家", "≥50家"), CompletedByEndOfJune = "21家", ForecastFullYear = "46家", Likelihood = CompletionLikelihood.Possible, DeviationCauses = [DeviationCause.Funding], DeviationNote = "招商资金下半年到位", CorrectiveAction = "加快资金拨付" },
            new MonitoredIndicator { Indicator = new IndicatorEntry("满意度指标", "服务对象满意度", "企业满意度", "≥90%", "≥90%"), CompletedByEndOfJune = "92%", ForecastFullYear = "92%", Likelihood = CompletionLikelihood.Certain },
        ],
    });

    /// <summary>The department's people and the bureau acting on the filing, stage by stage.</summary>
    private sealed record Cycle(FilingCalls Calls, CycleInbox Inbox, Guid FilingId, string Filer, string Head)
    {
        public async Task DeclareAsync()
        {
            await Calls.MustAsync(Filer, FilingId, "submit");
            await Inbox.ArrivedAsync("review-requested", "Declaration", 1, Head);
            await Calls.MustAsync(Head, FilingId, "approve", new { comment = "同意上报" });

            // 会签: both finance reviewers are asked; the first approval leaves the step waiting for the second.
            await Inbox.ArrivedAsync("review-requested", "Declaration", 2, Finance1, Finance2);
            var half = await Calls.MustAsync(Finance1, FilingId, "approve", new { comment = "会签同意" });
            Assert.Equal(2, half.GetProperty("currentStep").GetInt32());
            Assert.Equal([Finance1], half.GetProperty("stepSignatures").EnumerateArray().Select(s => s.GetString()));
            var twice = await Calls.PostAsync(Finance1, FilingId, "approve", new { comment = "再次同意" });
            Assert.Equal((422, "review.already-signed"), (twice.Status, twice.Body.GetProperty("code").GetString()));
            await Inbox.DoneAsync(Finance1, "Declaration", 2);
            Assert.Contains(await Inbox.ItemsAsync(Finance2), i => i.GetProperty("step").ValueKind == JsonValueKind.Number
                && i.GetProperty("step").GetInt32() == 2 && i.GetProperty("doneAt").ValueKind == JsonValueKind.Null);

            var countersigned = await Calls.MustAsync(Finance2, FilingId, "approve", new { comment = "会签同意" });
            Assert.Equal(3, countersigned.GetProperty("currentStep").GetInt32());
            await Inbox.ArrivedAsync("review-requested", "Declaration", 3, Office);
            Assert.Equal("Approved", (await Calls.MustAsync(Office, FilingId, "approve", new { comment = "批复" })).GetProperty("state").GetString());
            await Inbox.ArrivedAsync("approved", "Declaration", null, Filer);
        }

        public async Task MonitorAsync(byte[] workbook)
        {
            await Calls.MustAsync(Office, FilingId, "stages", new { stage = "Monitoring" });
            await Calls.ImportAsync(Filer, FilingId, workbook, "绩效运行监控表.xlsx");
            await Calls.MustAsync(Filer, FilingId, "submit");
            await Inbox.ArrivedAsync("review-requested", "Monitoring", 1, Head);
            await Calls.MustAsync(Head, FilingId, "sign-off", new { comment = "情况属实" });

            // 或签: both are asked, one sign-off completes the step and the form.
            await Inbox.ArrivedAsync("review-requested", "Monitoring", 2, Finance1, Finance2);
            Assert.Equal("Approved", (await Calls.MustAsync(Finance2, FilingId, "sign-off", new { comment = "已核对" })).GetProperty("state").GetString());
            var late = await Calls.PostAsync(Finance1, FilingId, "sign-off", new { comment = "已核对" });
            Assert.Equal((422, "review.not-in-review"), (late.Status, late.Body.GetProperty("code").GetString()));
            await Inbox.ArrivedAsync("approved", "Monitoring", null, Filer);

            await Calls.MustAsync(Finance1, FilingId, "rectifications", Item("Monitoring", "新增入园企业数进度偏慢"));
        }

        public async Task SelfEvaluateAsync(byte[] report)
        {
            await Calls.MustAsync(Office, FilingId, "stages", new { stage = "SelfEvaluation" });
            await Calls.ImportAsync(Filer, FilingId, report, "自评报告.txt");
            Assert.Equal(96m, (await Calls.MustAsync(Filer, FilingId, "submit")).GetProperty("score").GetDecimal());
            await Inbox.ArrivedAsync("review-requested", "SelfEvaluation", 1, Head);
            await Calls.MustAsync(Head, FilingId, "approve");
            await Inbox.ArrivedAsync("review-requested", "SelfEvaluation", 2, Finance1, Finance2);
            await Calls.MustAsync(Finance1, FilingId, "approve");
            await Inbox.ArrivedAsync("review-requested", "SelfEvaluation", 3, Office);
            await Calls.MustAsync(Office, FilingId, "approve");
            await Inbox.ArrivedAsync("approved", "SelfEvaluation", null, Filer);

            var checkedScore = await Calls.MustAsync(Office, FilingId, "score-adjustment", new { points = 92, reason = "抽查复核：满意度调查样本偏少" });
            Assert.Equal((92m, "优"), (checkedScore.GetProperty("score").GetDecimal(), checkedScore.GetProperty("grade").GetString()));
        }

        public async Task RectifyAsync()
        {
            await Calls.MustAsync(Office, FilingId, "stages", new { stage = "Rectification" });
            await Calls.MustAsync(Finance1, FilingId, "rectifications", Item("SelfEvaluation", "项目执行率低于90%未说明原因"));
            await Calls.MustAsync(Filer, FilingId, "rectifications/1/submit", new { evidence = "已建立招商进度月报" });
            Assert.Equal("Rectification", (await Calls.MustAsync(Finance1, FilingId, "rectifications/1/verify", new { comment = "核实" })).GetProperty("stage").GetString());

            await Calls.MustAsync(Filer, FilingId, "rectifications/2/submit", new { evidence = "已补充说明" });
            await Calls.MustAsync(Finance2, FilingId, "rectifications/2/reject", new { comment = "缺少项目执行情况说明附件" });
            await Calls.MustAsync(Filer, FilingId, "rectifications/2/submit", new { evidence = "已补充说明", links = new[] { "https://oa.example/执行情况说明.pdf" } });
            var last = await Calls.MustAsync(Finance2, FilingId, "rectifications/2/verify", new { comment = "核实" });
            Assert.Equal("Closed", last.GetProperty("stage").GetString());
        }

        private static object Item(string source, string problem) => new
        {
            source,
            problem,
            measure = "按月调度并报送进度",
            owner = "综合办",
            deadline = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(90)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };
    }
}
