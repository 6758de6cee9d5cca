using PerfWorkflow.Domain.Filings;

namespace PerfWorkflow.Notification.Messaging;

/// <summary>The Chinese stage name for a contract's stage key (contracts carry the stage as its English key).</summary>
public static class StageTitles
{
    public static string Of(string stage) => Enum.TryParse<CycleStage>(stage, out var known) ? CycleStageNames.Of(known) : stage;
}
