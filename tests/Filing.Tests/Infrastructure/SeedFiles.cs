namespace PerfWorkflow.Filing.Tests.Infrastructure;

/// <summary>A seed as the filing's own department would upload it (<see cref="Testing.SeedFile"/>).</summary>
public static class SeedFiles
{
    public static byte[] For(string seed, FilingRef filing) =>
        PerfWorkflow.Testing.SeedFile.As(seed, DemoOrganisation.NameOf(filing.DepartmentId), filing.FiscalYear);
}
