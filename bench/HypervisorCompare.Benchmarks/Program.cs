using System.Globalization;
using BenchmarkDotNet.Running;
using HypervisorCompare.Benchmarks;
using HypervisorCompare.ContentGenerator;

// bench/run.sh drives the HTTP side; the ingest benchmarks run with BenchmarkDotNet (docs/performance.md).
return args switch
{
    ["static", var root, var url] => StaticServer.Run(root, url),
    ["stages", var content] => Stages.Run(content, Console.Out),
    ["generate", var scale, var output] => Generate(double.Parse(scale, CultureInfo.InvariantCulture), output),
    ["ingest", .. var rest] => Run(rest),
    _ => Usage(),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromTypes([typeof(IngestBenchmarks)]).Run(args);
    return 0;
}

static int Generate(double scale, string output)
{
    var bytes = SyntheticContent.Write(output, ContentShape.At(scale));
    Console.WriteLine(FormattableString.Invariant($"{ContentShape.At(scale)}, {bytes} bytes"));
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: static ROOT URL | generate SCALE DIR | stages CONTENT_DIR | ingest [BenchmarkDotNet options]");
    return 2;
}
