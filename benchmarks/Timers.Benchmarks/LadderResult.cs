namespace PerfWorkflow.Timers.Benchmarks;

/// <summary>
/// One planning mode's cost for a stage's whole ladder: opening the stages (planning), and sweeping at every rung's
/// instant until the ladder is done (firing, and under lazy planning arming the next rung). CPU time is the benchmark
/// process's (Workflow's code, EF and Npgsql; PostgreSQL's own CPU is not in it); allocations are managed bytes.
/// </summary>
public sealed record LadderResult(
    bool Lazy,
    int Filings,
    long RowsAfterOpening,
    TimeSpan OpenCpu,
    long OpenAllocated,
    TimeSpan OpenWall,
    TimeSpan SweepCpu,
    long SweepAllocated,
    TimeSpan SweepWall,
    long Events,
    long RowsAtEnd,
    string EventDigest);
