using PerfWorkflow.Filing.Tests.Infrastructure;

namespace PerfWorkflow.Integration.Tests.Authorisation;

/// <summary>
/// What a matrix row's request is about: a filing brought to some state (with a rectification item, an inbox item
/// or an extension application when the row needs one), or only a department and a free fiscal year.
/// </summary>
public sealed record MatrixTarget(FilingRef? Filing, string DepartmentId, int FiscalYear)
{
    public int? Item { get; init; }

    public Guid? InboxItem { get; init; }

    public Guid? Application { get; init; }

    public Guid? DeadLetter { get; init; }

    public FilingRef RequireFiling() =>
        Filing ?? throw new InvalidOperationException("This matrix row prepares no filing.");
}
