using PerfWorkflow.Documents.Xlsx;
using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Indicators;

namespace PerfWorkflow.Filing.Tests.Infrastructure;

/// <summary>
/// A 绩效运行监控表 as the department would upload it: monitoring forms come only as .xlsx, so the test writes one with
/// the official layout. Execution 48 % at the end of June, one indicator in each 一级 category: no errors.
/// </summary>
public static class MonitoringWorkbook
{
    public static byte[] For(string departmentName, int fiscalYear) => MonitoringFormXlsx.Export(new PerformanceMonitoringForm
    {
        DepartmentName = departmentName,
        FiscalYear = fiscalYear,
        AnnualBudget = 12104.57m,
        ExecutedJanuaryToJune = 5810.19m,
        StatedExecutionRate = new StatedPercentage(48.00m, 2),
        ForecastFullYearExecution = 11800.00m,
        ExecutionShortfallExplanation = "部分项目按合同进度下半年集中支付。",
        Indicators =
        [
            Monitored("产出指标", "数量指标", "开展招商活动次数", "≥30次", "≥30次", "16次", "32次"),
            Monitored("效益指标", "经济效益", "新增入园企业数（家）", "≥50家", "≥50家", "27家", "55家"),
            Monitored("满意度指标", "服务对象满意度", "企业满意度", "≥90%", "≥90%", "92%", "92%"),
        ],
    });

    private static MonitoredIndicator Monitored(string level1, string level2, string name, string period, string annual, string june, string forecast) => new()
    {
        Indicator = new IndicatorEntry(level1, level2, name, period, annual),
        CompletedByEndOfJune = june,
        ForecastFullYear = forecast,
        Likelihood = CompletionLikelihood.Certain,
    };
}
