using System.Globalization;
using BenchmarkDotNet.Running;
using HypervisorCompare.ContentGenerator;

namespace HypervisorCompare.Benchmarks;

/// <summary>bench/run.sh drives the HTTP side; the ingest benchmarks run with BenchmarkDotNet (docs/performance.md).</summary>
public static class Commands
{
    public static int Main(string[] args) => args switch
    {
        ["static", var root, var url] => StaticServer.Run(root, url),
        ["stages", var content] => Stages.Run(content, Console.Out),
        ["generate", var scale, var output] => Generate(double.Parse(scale, CultureInfo.InvariantCulture), output),
        ["generate", var scale, var output, "--huge-article", var rows] => Generate(double.Parse(scale, CultureInfo.InvariantCulture), output, int.Parse(rows, CultureInfo.InvariantCulture)),
        ["ingest", .. var rest] => Run(rest),
        ["pages", var content, var database, var cache, .. var urls] => PageCosts.Run(content, database, cache == "cached", urls, Console.Out),
        _ => Usage(),
    };

    private static int Run(string[] args)
    {
        BenchmarkSwitcher.FromTypes([typeof(IngestBenchmarks)]).Run(args);
        return 0;
    }

    private static int Generate(double scale, string output, int hugeArticleRows = 0)
    {
        var bytes = SyntheticContent.Write(output, ContentShape.At(scale));
        if (hugeArticleRows > 0) bytes += SyntheticContent.WriteHugeArticle(output, hugeArticleRows);
        Console.WriteLine(FormattableString.Invariant($"{ContentShape.At(scale)}, {bytes} bytes"));
        return 0;
    }

    private static int Usage()
    {
        Console.Error.WriteLine("usage: static ROOT URL | generate SCALE DIR [--huge-article ROWS] | stages CONTENT_DIR | pages CONTENT_DIR DB cached|uncached URL... | ingest [BenchmarkDotNet options]");
        return 2;
    }
}
