namespace PerfWorkflow.Filing.Tests.Authorisation;

/// <summary>
/// What a matrix row's request is about: a filing brought to some state (with a rectification item when the row
/// needs one), or only a department and a free fiscal year for rows that touch no filing.
/// </summary>
public sealed record MatrixTarget(Infrastructure.FilingRef? Filing, string DepartmentId, int FiscalYear, int? Item = null)
{
    public Infrastructure.FilingRef RequireFiling() =>
        Filing ?? throw new InvalidOperationException("This matrix row prepares no filing.");
}
