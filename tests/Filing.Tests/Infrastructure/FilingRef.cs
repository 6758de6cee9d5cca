namespace PerfWorkflow.Filing.Tests.Infrastructure;

/// <summary>A filing a test opened, and the department people who act on it.</summary>
public sealed record FilingRef(Guid Id, string DepartmentId, int FiscalYear)
{
    public string Filer => DemoOrganisation.FilerOf(DepartmentId);

    public string Head => DemoOrganisation.HeadOf(DepartmentId);

    public string OtherFiler => DemoOrganisation.FilerOf(DemoOrganisation.OtherThan(DepartmentId));

    public string OtherHead => DemoOrganisation.HeadOf(DemoOrganisation.OtherThan(DepartmentId));

    public string Url(string tail = "") => $"/api/filings/{Id}{tail}";
}
