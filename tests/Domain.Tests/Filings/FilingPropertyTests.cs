using FsCheck;
using FsCheck.Fluent;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Domain.Rectification;

namespace PerfWorkflow.Domain.Tests.Filings;

/// <summary>Random walks over every action from every situation: whatever the order, the filing's rules hold.</summary>
public class FilingPropertyTests
{
    [Fact]
    public void Any_sequence_of_actions_either_applies_or_refuses_cleanly_and_keeps_the_invariants()
    {
        var actions = Enum.GetValues<FilingAction>();
        var walks =
            from start in Gen.Elements(FilingTransitionMatrixTests.Situations.Keys.ToArray())
            from steps in Gen.ListOf(Gen.Elements(actions))
            select (start, steps: steps.ToList());

        Check.One(Config.QuickThrowOnFailure.WithMaxTest(500), Prop.ForAll(walks.ToArbitrary(), walk =>
        {
            // Start anywhere in the cycle, then wander: repeating the walk makes progress through the chain likelier.
            var fixture = FilingTransitionMatrixTests.Situations[walk.start].Build();
            foreach (var action in walk.steps.Concat(walk.steps).Concat(walk.steps))
            {
                var before = FilingFixture.SnapshotJson(fixture.Filing);
                var version = fixture.Filing.Version;
                try
                {
                    fixture.Do((f, now) => FilingActionRunner.Run(f, action, fixture.Chain, now));
                }
                catch (FilingRuleException refused)
                {
                    if (string.IsNullOrEmpty(refused.Code) || before != FilingFixture.SnapshotJson(fixture.Filing))
                    {
                        return false;
                    }

                    continue;
                }

                if (fixture.Filing.Version != version + (action == FilingAction.Comment ? 0 : 1) || !Invariants(fixture.Filing))
                {
                    return false;
                }
            }

            return true;
        }));
    }

    private static bool Invariants(Filing filing)
    {
        var snapshot = filing.ToSnapshot();
        var stagesInOrder = snapshot.Forms.Select(f => f.Stage).SequenceEqual(
            Enum.GetValues<CycleStage>().Where(s => s <= filing.Stage && s != CycleStage.Closed));
        var earlierApproved = snapshot.Forms.Take(snapshot.Forms.Count - 1).All(f => f.State == StageState.Approved || (f.Stage == CycleStage.Declaration && filing.IsAdjustingTargets));
        var adjustingOnlyEarly = !filing.IsAdjustingTargets || filing.Stage <= CycleStage.Monitoring;
        var closedMeansVerified = filing.Stage != CycleStage.Closed || snapshot.RectificationItems.All(i => i.Status == RectificationStatus.Verified);
        var monitoringSigned = filing.FormOf(CycleStage.Monitoring) is not { State: StageState.Approved } monitoring
            || monitoring.Chain!.Steps.All(step => monitoring.SignOffs.Any(o => o.Step == step.Number && step.Assignees.Contains(o.SignedBy)));
        var scoredIfEvaluated = filing.FormOf(CycleStage.SelfEvaluation) is not { State: StageState.InReview or StageState.Approved } || snapshot.Score is not null;
        return stagesInOrder && earlierApproved && adjustingOnlyEarly && closedMeansVerified && monitoringSigned && scoredIfEvaluated;
    }
}
