using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace HypervisorCompare.Benchmarks;

/// <summary>Markdown megabytes (10^6 bytes) per second, or that throughput as a fraction of the baseline's on the same set.</summary>
public sealed class ThroughputColumn(bool relativeToBaseline = false) : IColumn
{
    public string Id => nameof(ThroughputColumn) + relativeToBaseline;
    public string ColumnName => relativeToBaseline ? "Throughput vs Markdig" : "MB/s";
    public bool AlwaysShow => true;
    public ColumnCategory Category => ColumnCategory.Custom;
    public int PriorityInCategory => relativeToBaseline ? 1 : 0;
    public bool IsNumeric => true;
    public UnitType UnitType => UnitType.Dimensionless;
    public string Legend => relativeToBaseline ? "Throughput divided by Markdig alone's on the same files" : "Markdown megabytes (10^6 bytes) read per second";

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        if (Mean(summary, benchmarkCase) is not { } mean) return "-";
        if (!relativeToBaseline)
        {
            var bytes = BenchContent.Bytes((string)benchmarkCase.Parameters["Content"]);
            return (bytes / 1e6 / (mean / 1e9)).ToString("0.00");
        }
        var baseline = summary.BenchmarksCases.FirstOrDefault(c => c.Descriptor.Baseline && c.Job.Id == benchmarkCase.Job.Id && c.Parameters.ValueInfo == benchmarkCase.Parameters.ValueInfo);
        return baseline is not null && Mean(summary, baseline) is { } baselineMean ? (baselineMean / mean).ToString("0.00") : "-";
    }

    private static double? Mean(Summary summary, BenchmarkCase benchmarkCase) => summary[benchmarkCase]?.ResultStatistics?.Mean;

    public bool IsAvailable(Summary summary) => true;
    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;
}
