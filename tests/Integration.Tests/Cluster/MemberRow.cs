namespace PerfWorkflow.Integration.Tests.Cluster;

/// <summary>One silo's row in filing_orleans_members: Orleans' SiloStatus number (3 Active, 6 Dead) and who suspected it.</summary>
public sealed record MemberRow(int Status, int GatewayPort, string? SuspectTimes)
{
    public const int Active = 3;
    public const int Dead = 6;
}
