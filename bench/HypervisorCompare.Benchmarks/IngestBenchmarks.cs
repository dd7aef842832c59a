using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using HypervisorCompare.Content.Parsing;
using Markdig;

namespace HypervisorCompare.Benchmarks;

/// <summary>
/// Full ingest (read, hash, front matter, Markdig, validation, sanitize, SQLite write, integrity check, promote)
/// against Markdig parsing and rendering the same files, already in memory, with the same pipeline.
/// </summary>
[Config(typeof(Config))]
public class IngestBenchmarks
{
    private List<string> _texts = [];
    private string _content = "";
    private string _database = "";

    [ParamsSource(nameof(Sets))]
    public string Content { get; set; } = "";

    public static IEnumerable<string> Sets => BenchContent.Sets;

    [GlobalSetup(Targets = [nameof(MarkdigAlone), nameof(MarkdigAloneOnEveryCore)])]
    public void ReadFiles() =>
        _texts = Directory.EnumerateFiles(BenchContent.Path(Content), "*.md", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();

    [GlobalSetup(Target = nameof(FullIngest))]
    public void PrepareDatabase()
    {
        _content = BenchContent.Path(Content);
        _database = Path.Combine(BenchContent.Root, "ingest-db", Guid.NewGuid().ToString("n"), "knowledge.db");
    }

    [GlobalCleanup(Target = nameof(FullIngest))]
    public void DeleteDatabases()
    {
        if (Directory.Exists(Path.GetDirectoryName(_database))) Directory.Delete(Path.GetDirectoryName(_database)!, recursive: true);
    }

    [Benchmark(Baseline = true)]
    public int MarkdigAlone()
    {
        var length = 0;
        foreach (var text in _texts) length += Markdown.ToHtml(text, ContentPipeline.Instance).Length;
        return length;
    }

    /// <summary>Full ingest parses, renders and sanitizes on every core; this is Markdig given the same cores.</summary>
    [Benchmark]
    public int MarkdigAloneOnEveryCore()
    {
        var length = 0;
        Parallel.ForEach(_texts, text => Interlocked.Add(ref length, Markdown.ToHtml(text, ContentPipeline.Instance).Length));
        return length;
    }

    [Benchmark]
    public bool FullIngest() =>
        ContentIngestor.Ingest(_content, _database).Succeeded ? true : throw new InvalidOperationException("ingest failed");

    private sealed class Config : ManualConfig
    {
        public Config()
        {
            // Whole ingests take seconds to minutes: measure each invocation once per iteration, no pilot stage.
            AddJob(Job.Default.WithStrategy(RunStrategy.Monitoring).WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3));
            AddColumn(new ThroughputColumn(), new ThroughputColumn(relativeToBaseline: true));
            AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default);
        }
    }
}
