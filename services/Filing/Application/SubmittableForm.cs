using PerfWorkflow.Domain.Forms;
using PerfWorkflow.Filing.Persistence;

namespace PerfWorkflow.Filing.Application;

/// <summary>
/// The stage's documents as they will be submitted: their latest revisions, and the main one's content (null for a
/// stage that requires no document, such as 整改).
/// </summary>
public sealed record SubmittableForm(IReadOnlyList<FormRecord> Records, IFormDocument? Document)
{
    public FormRecord Record => Records[0];
}
