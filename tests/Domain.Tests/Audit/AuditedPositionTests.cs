using PerfWorkflow.Domain.Audit;
using PerfWorkflow.Domain.Filings;

namespace PerfWorkflow.Domain.Tests.Audit;

public sealed class AuditedPositionTests
{
    [Theory]
    [InlineData("Declaration:InReview@2", CycleStage.Declaration, StageState.InReview, 2)]
    [InlineData("SelfEvaluation:Draft", CycleStage.SelfEvaluation, StageState.Draft, null)]
    [InlineData("Rectification:Approved", CycleStage.Rectification, StageState.Approved, null)]
    public void The_spelling_in_audit_lines_reads_back_as_the_position_it_was_written_from(string text, CycleStage stage, StageState state, int? step)
    {
        Assert.True(AuditedPosition.TryParse(text, out var position));

        Assert.Equal(new AuditedPosition(stage, state, step), position);
        Assert.Equal(text, position.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("Declaration")]
    [InlineData("Nowhere:Draft")]
    [InlineData("Declaration:Lost")]
    [InlineData("Declaration:InReview@two")]
    [InlineData("1:2")]
    public void Text_that_names_no_position_is_not_read_as_one(string? text) =>
        Assert.False(AuditedPosition.TryParse(text, out _));
}
