using PerfWorkflow.Documents.Text;
using PerfWorkflow.Domain.Forms;

namespace PerfWorkflow.Documents.Tests;

/// <summary>Golden tests: seed 002 (项目支出绩效目标表, tab-separated, two pages) imported row by row.</summary>
public class ProjectTableSeedTests
{
    private static ProjectPerformanceTable Import()
    {
        var result = ProjectTableTextImporter.Import(Seed.Bytes(Seed.ProjectTable002));
        Assert.True(result.Succeeded, string.Join("\n", result.Notes.Select(n => n.Message)));
        Assert.Empty(result.Notes);
        return result.Form!;
    }

    [Fact]
    public void Rows_money_and_total()
    {
        var table = Import();
        Assert.Equal("广州开发区穗港科技合作园管理委员会（部门）", table.DepartmentName);
        Assert.Equal("万元", table.MoneyUnit);
        Assert.Equal(420.66m, table.TotalRow!.Total);
        Assert.Equal(420.66m, table.TotalRow.FiscalAppropriation);

        (string Name, ProjectTableRowKind Kind, decimal Total)[] expected =
        [
            ("广州开发区穗港科技合作园管理委员会", ProjectTableRowKind.FundingUnit, 420.66m),
            ("招商工作经费", ProjectTableRowKind.Project, 4.90m),
            ("企业服务工作经费", ProjectTableRowKind.Project, 150.00m),
            ("房租物业管理及水电费", ProjectTableRowKind.Project, 99.50m),
            ("综合业务费", ProjectTableRowKind.Project, 31.50m),
            ("关工委专项", ProjectTableRowKind.Project, 5.00m),
            ("园区循环化改造工作经费", ProjectTableRowKind.Project, 9.76m),
            ("穗港科技合作园产城融合发展专题研究及建设方案", ProjectTableRowKind.Project, 120.00m),
        ];
        Assert.Equal(expected, table.Rows.Select(r => (r.Name, r.Kind, r.Total!.Value)).ToArray());
        Assert.All(table.Rows, r => Assert.Equal(r.Total, r.FiscalAppropriation));
        Assert.All(table.Rows, r => Assert.Null(r.FiscalSpecialAccount));
        Assert.All(table.Rows, r => Assert.Null(r.OtherFunds));

        // Re-derived: the seven projects add up to 合计, and so does the funding-unit line.
        Assert.Equal(table.TotalRow.Total, table.Rows.Where(r => r.Kind == ProjectTableRowKind.Project).Sum(r => r.Total));
        Assert.StartsWith("抢抓粤港澳大湾区建设机遇", table.Rows[1].PerformanceTarget, StringComparison.Ordinal);
        Assert.EndsWith("提出合理和实用的环境保护措施及对策，为园区的可持续发展提供科学的依据。", table.Rows[4].Indicators[3].PeriodTarget, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_packed_indicator()
    {
        var table = Import();
        string[][] expected =
        [
            ["招商工作经费", "1-产出指标", "11-数量指标", "开展招商活动次数", "1次", "赴市外开展招商活动，拜访企业数量不少于3家；赴国内大型专业展会靶向招商、赴市外境外举办招商推介活动等不少于1次"],
            ["招商工作经费", "1-产出指标", "12-质量指标", "招商引资任务完成率", "100%", "100%"],
            ["招商工作经费", "2-效益指标", "22-社会效益", "提升穗港科技合作园知名度", "提升园区知名度，推动穗港科技合作园双高发展。", "加大宣传推介穗港科技合作园的营商环境，提升园区知名度，推动穗港科技合作园双高发展"],
            ["企业服务工作经费", "1-产出指标", "11-数量指标", "座谈会次数", "4", "不少于4场"],
            ["企业服务工作经费", "1-产出指标", "11-数量指标", "走访企业次数", "150", "不少于150家"],
            ["企业服务工作经费", "1-产出指标", "12-质量指标", "政策传达率", "80%", "不低于80%"],
            ["企业服务工作经费", "2-效益指标", "22-社会效益", "利好政策辐射园区企业", "做到优惠政策应讲尽讲，适用企业一个不漏”，切实发挥各项惠企政策作用，实现利好政策全园区辐射，引导企业从被动转型到主动创新，促进企业形成转型升级意向。", "做到优惠政策应讲尽讲，适用企业一个不漏”，切实发挥各项惠企政策作用，实现利好政策全园区辐射，引导企业从被动转型到主动创新，促进企业形成转型升级意向"],
            ["房租物业管理及水电费", "1-产出指标", "11-数量指标", "办公场地租赁签约", "1次", "1次"],
            ["房租物业管理及水电费", "1-产出指标", "12-质量指标", "清洁卫生覆盖率", "100%", "100%"],
            ["房租物业管理及水电费", "1-产出指标", "12-质量指标", "维持办公运行运转", "100%", "100%"],
            ["房租物业管理及水电费", "1-产出指标", "13-时效指标", "支付及时率", "100%", "100%"],
            ["综合业务费", "1-产出指标", "11-数量指标", "产业园区规划环境影响评价", "1次", "1次"],
            ["综合业务费", "1-产出指标", "11-数量指标", "编制年度环境管理状况评估报告", "1份", "1份"],
            ["综合业务费", "1-产出指标", "12-质量指标", "维持办公运行运转", "100%", "100%"],
            ["综合业务费", "2-效益指标", "22-社会效益", "园区规划环境影响跟踪评价", null!, null!],
            ["关工委专项", "1-产出指标", "11-数量指标", "关工委年度工作计划", "1", "1份"],
            ["关工委专项", "1-产出指标", "11-数量指标", "年度工作汇报", "1", "1次"],
            ["关工委专项", "1-产出指标", "11-数量指标", "开展关爱青少年活动", "1", "不少于1次"],
            ["关工委专项", "2-效益指标", "22-社会效益", "深入宣传党的二十大精神，激发青少年爱国热情", null!, null!],
            ["园区循环化改造工作经费", "1-产出指标", "11-数量指标", "推动园区循环化改造项目建成", "5个", "5个"],
            ["园区循环化改造工作经费", "2-效益指标", "23-生态效益", "有助于园区绿色低碳循环发展(是/否)", "是", "是"],
            ["穗港科技合作园产城融合发展专题研究及建设方案", "1-产出指标", "11-数量指标", "完成报告编制", "1份", "1份"],
            ["穗港科技合作园产城融合发展专题研究及建设方案", "1-产出指标", "12-质量指标", "评审结果", "100%", "100%"],
            ["穗港科技合作园产城融合发展专题研究及建设方案", "1-产出指标", "13-时效指标", "报告编制时效性", "100%", "100%"],
            ["穗港科技合作园产城融合发展专题研究及建设方案", "2-效益指标", "24-可持续影响", "产城融合发展专题研究及建设方案成果使用年限", "为片区近5年产城融合发展工作开展提供指引。", "为片区近5年产城融合发展工作开展提供指引"],
        ];
        var actual = table.Rows.SelectMany(r => r.Indicators.Select(i => new[] { r.Name, i.Level1, i.Level2, i.Name, i.PeriodTarget, i.AnnualTarget })).ToList();
        Assert.Equal(expected.Length, actual.Count);
        for (var i = 0; i < expected.Length; i++)
        {
            // Long prose targets (null above) are checked by their start below, not copied whole.
            for (var c = 0; c < 6; c++)
            {
                if (expected[i][c] is not null)
                {
                    Assert.Equal(expected[i][c], actual[i][c]);
                }
                else
                {
                    Assert.True(actual[i][c].Length > 40, $"row {i} column {c} should hold a long prose target");
                }
            }
        }

        Assert.StartsWith("深入学习宣传贯彻党的二十大精神", table.Rows[5].Indicators[3].AnnualTarget, StringComparison.Ordinal);
        Assert.StartsWith("掌握园区环境质量及变化趋势", table.Rows[4].Indicators[3].AnnualTarget, StringComparison.Ordinal);
    }
}
