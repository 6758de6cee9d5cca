using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace PerfWorkflow.Domain.Benchmarks;

/// <summary>"Indicators/op" (the workload) or "Indicators/s" (ops/s × indicators per op) beside BenchmarkDotNet's own columns.</summary>
public sealed class IndicatorThroughputColumn(bool perSecond) : IColumn
{
    public string Id => perSecond ? "IndicatorsPerSecond" : "IndicatorsPerOperation";

    public string ColumnName => perSecond ? "Indicators/s" : "Indicators/op";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => perSecond ? 1 : 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => perSecond
        ? "Indicators handled per second: operations per second × indicators per operation"
        : "Indicators one operation handles (every indicator of the seeds, N, or the indicators of the imported seed)";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var perOperation = WorkloadSize.IndicatorsPerOperation(benchmarkCase);
        if (!perSecond)
        {
            return perOperation.ToString("N0", CultureInfo.InvariantCulture);
        }

        var meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        return meanNanoseconds is > 0
            ? (perOperation * 1e9 / meanNanoseconds.Value).ToString("N0", CultureInfo.InvariantCulture)
            : "-";
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;
}
