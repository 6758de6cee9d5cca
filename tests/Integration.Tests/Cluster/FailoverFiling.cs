namespace PerfWorkflow.Integration.Tests.Cluster;

/// <summary>A filing the failover test drives, and the department whose filer and head act on it.</summary>
public sealed record FailoverFiling(Guid Id, string Department);
