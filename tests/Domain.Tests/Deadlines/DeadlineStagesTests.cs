using PerfWorkflow.Domain.Deadlines;
using PerfWorkflow.Domain.Filings;

namespace PerfWorkflow.Domain.Tests.Deadlines;

public class DeadlineStagesTests
{
    [Theory]
    [InlineData("Declaration", true, CycleStage.Declaration)]
    [InlineData("SelfEvaluation", true, CycleStage.SelfEvaluation)]
    [InlineData("declaration", false, default(CycleStage))]
    [InlineData("1", false, default(CycleStage))]
    [InlineData("Declaration, Monitoring", false, default(CycleStage))]
    [InlineData("Nonsense", false, default(CycleStage))]
    public void A_stage_key_is_read_only_as_the_services_spell_it(string key, bool read, CycleStage stage)
    {
        Assert.Equal(read, DeadlineStages.TryParse(key, out var parsed));
        if (read)
        {
            Assert.Equal(stage, parsed);
        }
    }

    [Fact]
    public void Only_declaration_monitoring_and_self_evaluation_have_a_deadline_of_their_own()
    {
        Assert.Equal([CycleStage.Declaration, CycleStage.Monitoring, CycleStage.SelfEvaluation], Enum.GetValues<CycleStage>().Where(DeadlineStages.HasDeadline));
        Assert.Equal(CycleStage.Monitoring, DeadlineStages.NextAfter(CycleStage.Declaration));
        Assert.Null(DeadlineStages.NextAfter(CycleStage.SelfEvaluation));
    }
}
