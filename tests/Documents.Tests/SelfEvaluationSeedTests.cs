using PerfWorkflow.Documents.Text;
using PerfWorkflow.Domain.Forms;

namespace PerfWorkflow.Documents.Tests;

/// <summary>Golden tests: seed 003 (部门整体支出绩效自评表) and seed 001 (自评报告).</summary>
public class SelfEvaluationSeedTests
{
    [Fact]
    public void Seed003_table_money_rates_and_texts()
    {
        var result = SelfEvaluationTableTextImporter.Import(Seed.Bytes(Seed.SelfEvaluation003));
        Assert.True(result.Succeeded, string.Join("\n", result.Notes.Select(n => n.Message)));
        Assert.Empty(result.Notes);
        var form = result.Form!;
        Assert.Equal("广州市天河中央商务区管理委员会", form.DepartmentName);
        Assert.Equal(2021, form.EvaluatedYear);
        Assert.Equal(4363.68m, form.AdjustedBudget);
        Assert.Equal(2815.63m, form.InitialBudget);
        Assert.Equal(4195.95m, form.ActualExpenditure);
        Assert.Equal(1548.05m, form.BudgetAdjustment);
        Assert.Equal(4195.95m, form.GeneralPublicBudgetExpenditure);
        Assert.Equal(new StatedPercentage(96.20m, 2), form.StatedExecutionRate);
        Assert.Equal(new StatedPercentage(54.98m, 2), form.StatedAdjustmentRate);
        // Re-derived: 调整预算 − 年初预算 equals the stated adjustment.
        Assert.Equal(form.BudgetAdjustment, form.AdjustedBudget - form.InitialBudget);

        Assert.Equal("进一步加强招商引资；持续优化营商环境，进一步推动整体提升项目落地实施，优化楼宇物管服务水平，打造优质的体系载体，" +
            "积极推进粤港澳大湾区服务贸易自由化工作，推动中英人才教育培训活动顺利开展，抓实为民服务，继续提升企业服务水平，做好城市管理等协调工作。",
            form.ExpectedTarget);
        Assert.StartsWith("1.推动形成全区招商、企服“一盘棋”格局", form.TargetCompletion, StringComparison.Ordinal);
        Assert.EndsWith("并与“天河金融商事纠纷一站式化解中心”一体运作。", form.TargetCompletion, StringComparison.Ordinal);
        Assert.StartsWith("通过积极走访企业、参加招商推介会或各类展会等", form.KeyProjectPerformance, StringComparison.Ordinal);
        Assert.StartsWith("进一步加强招商引资", form.OverallPerformance, StringComparison.Ordinal);
        Assert.Equal("存在个别预算管理不够精细化、项目过程管理规范性不足等一些细节问题。", form.Problems);
        Assert.Equal("加强预算编制科学性，进一步规范项目过程管理。", form.ImprovementMeasures);
    }

    [Fact]
    public void Seed003_tasks_with_money_and_indicators()
    {
        var form = SelfEvaluationTableTextImporter.Import(Seed.Text(Seed.SelfEvaluation003)).Form!;
        (string Name, decimal Funds, string[][] Indicators)[] expected =
        [
            ("招商服务工作", 290.52m, [["招商企业数量", "≧85家"], ["接待及走访企业数量", "≧335家"], ["提供一站式企业服务数", "≧27家"], ["派驻专员现场服务重点楼宇栋数", "≧10栋"]]),
            ("优化营商环境业务", 63.8m, [["推动整体提升项目落地实施个数", "1-2个"], ["参加中英教育培训学员满意度", "≥85%"], ["举办中英人才培训期数", "已完成1期"]]),
            ("打造粤港澳大湾区服务贸易自由化示范区", 41.32m, [["开展专项课题调研", "1-2个"], ["梳理提出促进服务业发展政策需求", "6-8条"], ["区域服务业发展", "增加值实现同比增长"]]),
            ("天河区推动经济高质量发展政策资金", 685m, [["补贴通过楼宇可持续发展评定的楼宇栋数", "36栋，已完成"], ["支持首次申请高端商务楼宇奖励资金", "2栋，已完成"], ["获得奖励的特色专业商务楼宇数", "1栋"]]),
        ];
        Assert.Equal(expected.Length, form.Tasks.Count);
        for (var t = 0; t < expected.Length; t++)
        {
            Assert.Equal(expected[t].Name, form.Tasks[t].Name);
            Assert.Equal(expected[t].Funds, form.Tasks[t].Funds);
            Assert.Equal(expected[t].Indicators, form.Tasks[t].Indicators.Select(i => new[] { i.Name, i.Actual! }).ToArray());
        }

        Assert.Equal(1080.64m, form.Tasks.Sum(t => t.Funds));
        Assert.Equal("通过积极走访企业、参加招商推介会或各类展会等，加强对天河区的宣传。同时，通过购买政府事务服务企业，" +
            "为天河区新设、迁入或存量重点企业提供一站式政府购买服务，进一步提升以天河中央商务区等为代表的重点区域的品牌知名度和国际影响力。",
            form.Tasks[0].TargetCompletion);
        Assert.EndsWith("促进区域内企业间的交流。", form.Tasks[1].ExpectedTarget, StringComparison.Ordinal);
        Assert.StartsWith("通过委托整体提升项目设计团队开展后续跟踪服务", form.Tasks[1].TargetCompletion, StringComparison.Ordinal);
        Assert.EndsWith("完善广东省服务贸易协会天河CBD跨境并购协会架构。", form.Tasks[2].ExpectedTarget, StringComparison.Ordinal);
        Assert.EndsWith("推动区域楼宇经济高质量发展。", form.Tasks[3].TargetCompletion, StringComparison.Ordinal);
    }

    [Fact]
    public void Seed001_report_figures_conclusion_and_sections()
    {
        var result = SelfEvaluationReportTextImporter.Import(Seed.Bytes(Seed.Report001));
        Assert.True(result.Succeeded, string.Join("\n", result.Notes.Select(n => n.Message)));
        Assert.Empty(result.Notes);
        var report = result.Form!;
        Assert.Equal("广州开发区穗港科技合作园管理委员会", report.DepartmentName);
        Assert.Equal(2022, report.FiscalYear);
        Assert.Equal(1153.25m, report.AnnualBudget);
        Assert.Equal(1104.37m, report.Executed);
        Assert.Equal(new StatedPercentage(95.8m, 1), report.StatedExecutionRate);
        Assert.Equal(491.48m, report.BasicExpenditure);
        Assert.Equal(612.89m, report.ProjectExpenditure);
        Assert.Equal(report.Executed, report.BasicExpenditure + report.ProjectExpenditure);
        Assert.Equal(96m, report.Score);
        Assert.Equal("优", report.Grade);

        Assert.Equal(
            ["一、基本情况", "（一）部门概况", "（二）年度总体工作和重点工作任务", "（三）部门整体收支情况", "（四）部门整体绩效管理情况",
             "二、综合评价分析", "（一）自评结论综述", "（二）各项工作任务绩效目标完成情况分析", "（三）各重点任务项目支出完成情况分析",
             "（四）主要工作成效", "三、存在的主要问题", "四、下一步改进措施"],
            report.Sections.Select(s => s.Heading));
        Assert.Equal(7, report.Sections[1].Paragraphs.Count);
        Assert.Equal("1.会同区相关部门编制发展规划，制定园区年度发展计划并组织实施。", report.Sections[1].Paragraphs[1]);
        Assert.StartsWith("（一）部门概况\n广州开发区穗港科技合作园管理委员会的主要职责是：", report.BasicInformation, StringComparison.Ordinal);
        Assert.Equal("2022 年我委全年预算数 1153.25 万元，执行数 1104.37 万元，完成预算的 95.8%；部门整体支出绩效自评得分 96 分,等级为优。", report.ConclusionSummary);
        Assert.StartsWith("各业务科室经办人财务绩效设置水平有待提高。", report.Problems, StringComparison.Ordinal);
        Assert.EndsWith("实际完成率超过计划完成值，未能充分发挥“目标导向”作用。", report.Problems, StringComparison.Ordinal);
        Assert.StartsWith("加强业务科室对绩效管理工作的重视程度", report.ImprovementMeasures, StringComparison.Ordinal);
        Assert.EndsWith("促进绩效管理工作高效、高质落实。", report.ImprovementMeasures, StringComparison.Ordinal);

        Assert.Equal(
            [("仲裁解除用地合同经费项目", 207.5m, 185.3m, 89.3m), ("企业服务工作经费", 150m, 149.58m, 99.7m),
             ("广州开发区穗港科技合作园用地摸查及产业提升规划", 94.6m, 86m, 90.9m)],
            report.ProjectExecutions.Select(p => (p.ProjectName, p.Budget, p.Executed, p.StatedExecutionRate!.Value)));
    }
}
