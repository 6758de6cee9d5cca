using MassTransit;
using PerfWorkflow.Contracts;
using PerfWorkflow.Domain.Filings;
using PerfWorkflow.Filing.Application;

namespace PerfWorkflow.Filing.Messaging;

/// <summary>
/// Workflow asks to open a stage when the calendar reaches it. Opening is naturally idempotent: a filing already in
/// that stage (a redelivery) is left alone; one whose previous stage is not approved yet is reported and skipped.
/// </summary>
public sealed class OpenStageConsumer(FilingActions actions, ILogger<OpenStageConsumer> logger) : IConsumer<OpenStage>
{
    public async Task Consume(ConsumeContext<OpenStage> context)
    {
        var message = context.Message;
        if (!Enum.TryParse<CycleStage>(message.Stage, out var stage))
        {
            logger.LogWarning("OpenStage {MessageId} names unknown stage {Stage}", message.MessageId, message.Stage);
            return;
        }

        var current = await actions.FindAsync(null, message.FilingId, context.CancellationToken);
        if (current is null || current.Stage >= stage)
        {
            return;
        }

        try
        {
            await actions.OpenStageAsync(null, message.FilingId, stage, message.MessageId.ToString(), context.CancellationToken);
        }
        catch (FilingRuleException ex)
        {
            logger.LogInformation("Filing {FilingId} cannot open {Stage} yet: {Reason}", message.FilingId, stage, ex.Message);
        }
    }
}
