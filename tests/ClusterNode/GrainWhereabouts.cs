namespace PerfWorkflow.ClusterNode;

/// <summary>Where a grain activation runs, and how many calls that activation has served.</summary>
[GenerateSerializer]
public sealed record GrainWhereabouts([property: Id(0)] string Silo, [property: Id(1)] int Calls);
