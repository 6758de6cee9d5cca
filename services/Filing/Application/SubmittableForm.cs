using PerfWorkflow.Filing.Persistence;

namespace PerfWorkflow.Filing.Application;

/// <summary>The stage's documents as they will be submitted: their latest revisions, and the main one's content.</summary>
public sealed record SubmittableForm(IReadOnlyList<FormRecord> Records, object Document)
{
    public FormRecord Record => Records[0];
}
