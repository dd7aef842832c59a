using HypervisorCompare.Content;
using Microsoft.EntityFrameworkCore;

namespace HypervisorCompare.Web.Knowledge;

/// <summary>
/// Builds the database at start-up when it is missing or stale, and again when content/ changes while the
/// site runs. A failed build is logged with every diagnostic; the last good database keeps being served.
/// </summary>
public sealed class ContentBuilder(KnowledgeDatabase database, ILogger<ContentBuilder> logger) : BackgroundService
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Builds now unless the served generation was built from exactly the current content.</summary>
    public async Task<IngestResult?> BuildIfStaleAsync()
    {
        await _gate.WaitAsync();
        try
        {
            var options = database.Options;
            if (ServedHash() == ContentIngestor.BuildHash(ContentLoader.Hash(options.ContentPath!))) return null;
            var result = ContentIngestor.Ingest(options.ContentPath!, options.DatabasePath!);
            if (result.Succeeded)
                logger.LogInformation("Built {Generation} from {Content} in {Ms} ms", Path.GetFileName(result.GenerationPath), options.ContentPath, (int)result.Elapsed.TotalMilliseconds);
            else
                logger.LogError("Content has errors; still serving the last good database:\n{Errors}", string.Join('\n', result.Diagnostics));
            database.Current();
            return result;
        }
        finally
        {
            _gate.Release();
        }
    }

    private string? ServedHash()
    {
        if (database.Current() is not { } snapshot) return null;
        using var db = new HypervisorContext(new DbContextOptionsBuilder<HypervisorContext>().UseSqlite(snapshot.ConnectionString).Options);
        return db.ContentInfo.Select(i => i.ContentHash).FirstOrDefault();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!database.Options.WatchContent || !Directory.Exists(database.Options.ContentPath)) return;
        using var watcher = new FileSystemWatcher(database.Options.ContentPath!) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        var changed = 0;
        FileSystemEventHandler onChange = (_, _) => Interlocked.Exchange(ref changed, 1);
        watcher.Changed += onChange;
        watcher.Created += onChange;
        watcher.Deleted += onChange;
        watcher.Renamed += (_, _) => Interlocked.Exchange(ref changed, 1);
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(500));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            // Editors save in bursts; wait for a quiet tick before rebuilding.
            if (Interlocked.Exchange(ref changed, 0) == 0) continue;
            await Task.Delay(300, stoppingToken);
            if (Interlocked.Exchange(ref changed, 0) == 1) { Interlocked.Exchange(ref changed, 1); continue; }
            try { await BuildIfStaleAsync(); }
            catch (Exception e) when (e is IOException or InvalidOperationException) { logger.LogError(e, "Rebuild failed; still serving the last good database"); }
        }
    }
}
