using System.Diagnostics;
using HypervisorCompare.Content;
using HypervisorCompare.Content.Markdown.GlossaryLinks;
using HypervisorCompare.Content.Parsing;
using HypervisorCompare.Content.Validation;
using Markdig;

namespace HypervisorCompare.Benchmarks;

/// <summary>
/// One timed pass over each ingest stage after a warm-up on the real content, to see where the time goes
/// (the figures to report come from BenchmarkDotNet; this is the profile that explains them).
/// </summary>
public static class Stages
{
    public static int Run(string content, TextWriter output)
    {
        Pass(BenchContent.Path("real"), TextWriter.Null);
        Pass(content, output);
        return 0;
    }

    private static void Pass(string content, TextWriter output)
    {
        var paths = Directory.EnumerateFiles(content, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var bytes = paths.Sum(p => new FileInfo(p).Length);
        List<string> texts = [];
        void Time(string stage, Action action)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var pause = GC.GetTotalPauseDuration();
            var clock = Stopwatch.StartNew();
            action();
            // CPU time beside wall time: on a shared machine the wall time of a one-thread stage also counts waiting for a core.
            cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
            output.WriteLine($"{stage,-34} {clock.Elapsed.TotalMilliseconds,8:0} ms {bytes / 1e6 / clock.Elapsed.TotalSeconds,8:0.0} MB/s {cpu.TotalMilliseconds,8:0} ms CPU {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds,8:0} ms GC");
        }
        output.WriteLine($"{content}: {paths.Count} files, {bytes / 1e6:0.0} MB");
        Time("read", () => texts = paths.Select(File.ReadAllText).ToList());
        Time("input limits (one thread)", () => texts.ForEach(t => InputLimits.Check("x.md", t, new DiagnosticBag())));
        Time("markdig parse", () => texts.ForEach(t => Markdown.Parse(t, ContentPipeline.Instance)));
        Time("markdig parse+render", () => texts.ForEach(t => Markdown.ToHtml(t, ContentPipeline.Instance)));
        var set = new ContentSet();
        var parsed = new List<ParsedArticle>();
        var diagnostics = new DiagnosticBag();
        // The same work with each result dropped at once: the difference is the cost of keeping 500 syntax trees alive until render.
        Time("ArticleParser.Parse, not kept", () =>
        {
            for (var i = 0; i < texts.Count; i++) ArticleParser.Parse(paths[i], Path.GetFileNameWithoutExtension(paths[i]), texts[i], new DiagnosticBag(), ContentLinks.Site);
        });
        Time("ArticleParser.Parse (one thread)", () =>
        {
            for (var i = 0; i < texts.Count; i++)
                if (ArticleParser.Parse(paths[i], Path.GetFileNameWithoutExtension(paths[i]), texts[i], diagnostics, ContentLinks.Site) is { } article)
                {
                    set.Add(article);
                    parsed.Add(article);
                }
        });
        output.WriteLine($"{"  heap after parsing",-34} {GC.GetTotalMemory(true) / 1e6,8:0} MB");
        Time("validate", () => ContentValidator.Validate(set, diagnostics, DateOnly.FromDateTime(DateTime.UtcNow)));
        Time("glossary links + render (one thread)", () =>
        {
            var glossary = new GlossaryIndex(set.Glossary);
            parsed.ForEach(article => ArticleParser.Render(article, glossary, ContentLinks.Site));
        });
        Time("ContentLoader.Load (parallel)", () => ContentLoader.Load(content, ContentLinks.Site));
        var data = Path.Combine(Path.GetTempPath(), "hc-stages", Guid.NewGuid().ToString("n"), "knowledge.db");
        Time("full ingest", () => ContentIngestor.Ingest(content, data));
        Directory.Delete(Path.GetDirectoryName(data)!, recursive: true);
    }
}
