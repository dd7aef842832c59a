using System.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace HypervisorCompare.Web.Tests.Knowledge;

/// <summary>
/// A real Kestrel site under a steady loopback load while its content changes twenty times, valid and invalid in
/// turn: ten times through the site's own file watcher, ten times through the <c>ingest</c> command run as a child
/// process, plus one ingest killed halfway through writing. Then the real site is started afresh in its own process.
/// </summary>
[Collection(AloneCollection.Name)]
public sealed class SwapUnderLoadTests(ITestOutputHelper output)
{
    private const int Workers = 2;
    private const int Updates = 20;
    private const int KilledRevision = 99;

    [Fact]
    public async Task TwentyUpdatesAndAKilledIngest_UnderLoad_ServeOnlyWholeGoodVersionsAndLeakNothing()
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromMinutes(6));
        var cancel = deadline.Token;
        var log = new LogRecorder();
        var knowledge = TestKnowledge.Fixture();
        Revisions.Write(knowledge.ContentPath, Revisions.Valid(0));
        var staging = Generations.CopyMarkdown(knowledge.ContentPath, Path.Combine(knowledge.Root, "staging"));
        var data = Path.GetDirectoryName(knowledge.DatabasePath)!;
        await using var site = new SiteFactory(knowledge, configure: web =>
        {
            web.UseSetting("Knowledge:WatchContent", "true");
            web.ConfigureLogging(logging => logging.AddProvider(log));
        });
        using var load = new LoadDriver(site.StartKestrel(), Workers);
        load.Allow(0);
        await WaitForRevisionAsync(load, 0, cancel);
        load.Served(0);
        SqliteConnection.ClearAllPools();
        var baseline = Generations.OpenHandles(data);

        var clock = Stopwatch.StartNew();
        load.Start();
        var lastGood = 0;
        string? orphan = null;
        for (var revision = 1; revision <= Updates; revision++)
        {
            var valid = revision % 2 == 1;
            var bytes = valid ? Revisions.Valid(revision) : Revisions.Invalid(revision);
            if (valid) load.Allow(revision);
            if (revision <= Updates / 2)
            {
                var failedBuilds = FailedBuilds(log);
                Revisions.Write(knowledge.ContentPath, bytes);
                if (!valid) await Eventually.TrueAsync(() => FailedBuilds(log) > failedBuilds, $"the watcher to reject revision {revision}", cancel);
            }
            else
            {
                Revisions.Write(staging, bytes);
                var (exit, text) = await Generations.IngestAsync(staging, knowledge.DatabasePath, cancel);
                Assert.True(exit == (valid ? 0 : 1), $"ingest of revision {revision} exited {exit}:\n{text}");
            }
            if (valid) lastGood = revision;
            await WaitForRevisionAsync(load, lastGood, cancel);
            load.Served(lastGood);
            if (revision == Updates * 3 / 4) orphan = await KillAnIngestMidwayAsync(staging, knowledge, cancel);
        }
        await load.StopAsync();
        var elapsed = clock.Elapsed;

        var served = new DatabaseGenerations(knowledge.DatabasePath).Current()!;
        var integrity = Generations.IntegrityCheck(served);
        var lingering = Generations.OpenHandles(data);
        SqliteConnection.ClearAllPools();
        var afterwards = Generations.OpenHandles(data);
        var restarted = await RevisionAfterRestartAsync(knowledge, cancel);

        output.WriteLine($"{load.Requests:N0} requests in {elapsed.TotalSeconds:0.0} s while {Updates} updates and one killed ingest happened; {load.Failures.Count} failed");
        output.WriteLine($"{load.RevisionOfVersion.Count} versions served: {string.Join(", ", load.RevisionOfVersion.OrderBy(v => v.Value).Select(v => $"rev {v.Value}"))}");
        output.WriteLine($"served {Path.GetFileName(served)}: integrity_check {integrity}; the killed ingest's {Path.GetFileName(orphan)}: {OrphanIntegrity(orphan!)} (never served)");
        output.WriteLine($"generation handles: {baseline.Count} before, {lingering.Count} after the load (pooled, current generation only), {afterwards.Count} once pools are cleared");
        output.WriteLine($"after a restart the site serves revision {restarted}");
        Assert.True(load.Failures.Count == 0, string.Join('\n', load.Failures.Take(20)));
        int[] everyGoodRevision = [0, .. Enumerable.Range(1, Updates).Where(r => r % 2 == 1)];
        Assert.Equal(everyGoodRevision, load.RevisionOfVersion.Values.Distinct().Order());
        Assert.True(load.Requests > 500, $"only {load.Requests} requests: the load says too little");
        Assert.Equal("ok", integrity);
        Assert.All(lingering, handle => Assert.Equal(served, handle));
        Assert.Equal(baseline, afterwards);
        Assert.Equal(lastGood, restarted);
    }

    private static string OrphanIntegrity(string path)
    {
        if (!File.Exists(path)) return "pruned";
        try { return Generations.IntegrityCheck(path); }
        catch (SqliteException e) { return e.Message; }
    }

    private static int FailedBuilds(LogRecorder log) => log.Count(LogLevel.Error, typeof(ContentBuilder).FullName!);

    /// <summary>Runs the ingest command on bigger content with a revision never to be served, and kills it once its file exists.</summary>
    private async Task<string> KillAnIngestMidwayAsync(string staging, TestKnowledge knowledge, CancellationToken cancel)
    {
        var content = Generations.CopyMarkdown(staging, Path.Combine(knowledge.Root, "killed"));
        Revisions.Write(content, Revisions.Valid(KilledRevision));
        File.WriteAllText(Path.Combine(content, "filler.md"), "---\ntitle: Filler\nsummary: Makes writing slow.\n---\n" +
            string.Concat(Enumerable.Range(0, 3_000).Select(i => $"## Section {i}\n\nParagraph {i} with [a link](https://example.org/{i}).\n\n")));
        var generations = new DatabaseGenerations(knowledge.DatabasePath);
        var before = generations.Current();
        using var watcher = new FileSystemWatcher(Path.GetDirectoryName(knowledge.DatabasePath)!, "knowledge.*.db") { EnableRaisingEvents = true };
        var created = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        watcher.Created += (_, e) => created.TrySetResult(e.FullPath);
        using var process = Generations.StartIngest(content, knowledge.DatabasePath);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var file = await created.Task.WaitAsync(Eventually.Patience, cancel);
        Assert.False(process.HasExited, "the ingest finished before it could be killed");
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync(cancel);

        Assert.Equal(before, generations.Current());
        output.WriteLine($"killed ingest {process.Id} left: {string.Join(", ", Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(file)!).Select(Path.GetFileName).Order())}");
        return file;
    }

    /// <summary>Starts the real site in a new process over the same folders and reads the revision it serves.</summary>
    private async Task<int> RevisionAfterRestartAsync(TestKnowledge knowledge, CancellationToken cancel)
    {
        var port = Generations.FreePort();
        using var process = Generations.StartSite(knowledge.ContentPath, knowledge.DatabasePath, port);
        var lines = new List<string>();
        process.OutputDataReceived += (_, e) => { lock (lines) lines.Add(e.Data ?? ""); };
        process.ErrorDataReceived += (_, e) => { lock (lines) lines.Add(e.Data ?? ""); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(5) };
            string? page = null;
            await Eventually.TrueAsync(async () =>
            {
                try { page = await http.GetStringAsync(Revisions.ArticleUrl, cancel); return true; }
                catch (HttpRequestException) { return false; }
            }, "the restarted site to answer", cancel);
            return Revisions.MarkersIn(page!).Single();
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
            lock (lines) output.WriteLine("restarted site: " + string.Join("\n  ", lines.Where(l => l.Contains("error", StringComparison.OrdinalIgnoreCase) || l.Contains("serving", StringComparison.OrdinalIgnoreCase)).Take(5)));
        }
    }

    private static async Task WaitForRevisionAsync(LoadDriver load, int revision, CancellationToken cancel) =>
        await Eventually.TrueAsync(async () => Revisions.MarkersIn(await load.Client.GetStringAsync(Revisions.ArticleUrl, cancel)).SetEquals([revision]),
            $"revision {revision} to be served", cancel);
}
