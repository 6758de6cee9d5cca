using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Filings.Events;
using PerfWorkflow.Domain.Scoring;

namespace PerfWorkflow.Domain.Tests.Filings;

/// <summary>自评得分 comes with the submission; 抽查复核 by the performance office may replace it, with a reason.</summary>
public class FilingSpotCheckTests
{
    [Fact]
    public void The_self_score_is_recorded_on_submission_and_a_spot_check_adjusts_it_keeping_the_old_one()
    {
        var fixture = new FilingFixture().ToSelfEvaluation();
        var submitted = fixture.Do((f, now) => f.Submit(FilingFixture.Filer, fixture.Chain, new EvaluationScore(96m, PerformanceGrade.Excellent), now));
        var self = Assert.IsType<SelfScoreRecordedEvent>(submitted[1]);
        Assert.Equal((96m, PerformanceGrade.Excellent, 1), (self.Points, self.Grade, self.FormVersion));
        fixture.Pass().Pass();

        var adjusted = Assert.IsType<ScoreAdjustedEvent>(Assert.Single(fixture.Do((f, now) =>
            f.AdjustScore(FilingFixture.PerformanceOffice, new EvaluationScore(86.5m, PerformanceGrade.Good), "实际完成率超过计划完成值，目标设定偏低，扣减产出指标得分。", now))));
        Assert.Equal((96m, PerformanceGrade.Excellent, 86.5m, PerformanceGrade.Good), (adjusted.OldPoints, adjusted.OldGrade, adjusted.NewPoints, adjusted.NewGrade));
        Assert.Equal(FilingFixture.PerformanceOffice, adjusted.AdjustedBy);

        var score = fixture.Filing.Score!;
        Assert.Equal(new EvaluationScore(96m, PerformanceGrade.Excellent), score.SelfAssessed);
        Assert.Equal(new EvaluationScore(86.5m, PerformanceGrade.Good), score.Current);
        Assert.Single(score.Adjustments);
    }

    [Fact]
    public void A_second_adjustment_starts_from_the_first_and_is_allowed_during_rectification()
    {
        var fixture = new FilingFixture().ToRectification();
        fixture.Do((f, now) => f.AdjustScore(FilingFixture.PerformanceOffice, new EvaluationScore(85m, PerformanceGrade.Good), "样本不足", now));
        var second = Assert.IsType<ScoreAdjustedEvent>(Assert.Single(fixture.Do((f, now) =>
            f.AdjustScore(FilingFixture.PerformanceOffice, new EvaluationScore(78m, PerformanceGrade.Fair), "复核后再扣分", now))));
        Assert.Equal((85m, 78m), (second.OldPoints, second.NewPoints));
        Assert.Equal(2, fixture.Filing.Score!.Adjustments.Count);
        Assert.Equal(FilingFixture.SelfScore, fixture.Filing.Score.SelfAssessed);
    }

    [Theory]
    [InlineData(" ", 80, "spot-check.reason-required")]
    [InlineData("复核", 100.5, "self-evaluation.score-range")]
    [InlineData("复核", -1, "self-evaluation.score-range")]
    [InlineData("复核", 92.5, "spot-check.unchanged")]
    public void An_adjustment_needs_a_reason_a_valid_score_and_a_change(string reason, double points, string code)
    {
        var fixture = new FilingFixture().ToSelfEvaluation().SubmitAndApprove();
        var before = FilingFixture.SnapshotJson(fixture.Filing);
        var grade = points >= 90 ? PerformanceGrade.Excellent : PerformanceGrade.Good;
        var refused = Assert.Throws<FilingRuleException>(() =>
            fixture.Filing.AdjustScore(FilingFixture.PerformanceOffice, new EvaluationScore((decimal)points, grade), reason, fixture.Now));
        Assert.Equal(code, refused.Code);
        Assert.Equal(before, FilingFixture.SnapshotJson(fixture.Filing));
    }

    [Fact]
    public void A_score_outside_0_to_100_cannot_be_submitted()
    {
        var fixture = new FilingFixture().ToSelfEvaluation();
        Assert.Equal("self-evaluation.score-range", Assert.Throws<FilingRuleException>(() =>
            fixture.Filing.Submit(FilingFixture.Filer, fixture.Chain, new EvaluationScore(101m, PerformanceGrade.Excellent), fixture.Now)).Code);
    }

    [Fact]
    public void A_resubmission_after_return_replaces_the_self_score()
    {
        var fixture = new FilingFixture().ToSelfEvaluation().Submit(FilingFixture.SelfScore).ReturnToFiler("得分计算有误");
        fixture.Submit(new EvaluationScore(88m, PerformanceGrade.Good));
        Assert.Equal(new EvaluationScore(88m, PerformanceGrade.Good), fixture.Filing.Score!.SelfAssessed);
        Assert.Equal(fixture.Filing.Score.SelfAssessed, fixture.Filing.Score.Current);
    }
}
