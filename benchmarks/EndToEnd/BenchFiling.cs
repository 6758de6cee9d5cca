namespace PerfWorkflow.EndToEnd.Benchmarks;

/// <summary>One filing the run drives: submit, then the approvals of each chain step.</summary>
public sealed record BenchFiling(Guid Id, string DepartmentId);
