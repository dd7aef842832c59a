using System.Diagnostics;
using HypervisorCompare.Content;
using HypervisorCompare.Content.Parsing;
using HypervisorCompare.Web.Ingest;
using Markdig;

namespace HypervisorCompare.Benchmarks;

/// <summary>One timed pass over each ingest stage, to see where the time goes (BenchmarkDotNet gives the figures to report).</summary>
public static class Stages
{
    public static int Run(string content, TextWriter output)
    {
        var files = Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        var bytes = files.Sum(f => (long)System.Text.Encoding.UTF8.GetByteCount(f));
        void Time(string stage, Action action)
        {
            var clock = Stopwatch.StartNew();
            action();
            output.WriteLine($"{stage,-28} {clock.Elapsed.TotalMilliseconds,9:0} ms  {bytes / 1_048_576.0 / clock.Elapsed.TotalSeconds,7:0.0} MB/s");
        }
        Time("markdig parse+render", () => { foreach (var f in files) Markdown.ToHtml(f, ContentPipeline.Instance); });
        ContentLoadResult? load = null;
        Time("load (parse+validate)", () => load = ContentLoader.Load(content));
        Time("sanitize", () => { foreach (var a in load!.Content.Articles) ArticleHtml.Sanitize(a.Html); });
        var data = Path.Combine(Path.GetTempPath(), "hc-stages", Guid.NewGuid().ToString("n"), "knowledge.db");
        Time("full ingest", () => ContentIngestor.Ingest(content, data));
        Directory.Delete(Path.GetDirectoryName(data)!, recursive: true);
        return 0;
    }
}
