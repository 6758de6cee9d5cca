using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Domain.Indicators;
using PerfWorkflow.Domain.Scoring;

namespace PerfWorkflow.Domain.Tests.Scoring;

/// <summary>A 自评表 scored as it stands: the rate from its amounts, only indicators with an 实际完成值 counted.</summary>
public class SelfEvaluationTableScoreTests
{
    [Fact]
    public void The_table_is_scored_from_its_amounts_and_the_indicators_that_have_an_actual_value()
    {
        var table = new DepartmentSelfEvaluationTable
        {
            DepartmentName = "某局",
            EvaluatedYear = 2027,
            InitialBudget = 100m,
            AdjustedBudget = 100m,
            ActualExpenditure = 96m,
            StatedScore = 80m,
            Tasks =
            [
                new SelfEvaluationTask
                {
                    Name = "招商",
                    Indicators =
                    [
                        new IndicatorEntry("产出指标", "数量指标", "开展招商活动次数", "≥30次", "≥30次") { Actual = "30次" },
                        new IndicatorEntry("效益指标", "经济效益指标", "新增入园企业数", "≥50家", "≥50家"),
                    ],
                },
            ],
        };

        var scored = SelfEvaluationTableScore.Of(table);

        Assert.Equal(0.96m, scored.ExecutionRate);
        Assert.Equal(["tasks[0].indicators[0]"], scored.Paths);
        Assert.Equal(1, scored.Unscored);
        // 预算执行率 9.6 of 10 and 产出 50 of 50, the 60 points that apply rescaled to 100.
        Assert.Equal(99.33m, scored.Score.Total);
        Assert.Equal(PerformanceGrade.Excellent, scored.Score.Grade);
    }
}
