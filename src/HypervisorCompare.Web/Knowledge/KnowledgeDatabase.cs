using Microsoft.Data.Sqlite;

namespace HypervisorCompare.Web.Knowledge;

/// <summary>
/// Which database generation requests read. The link is resolved on every request, so a generation
/// promoted by another process (the <c>ingest</c> command) is picked up without a restart, and each
/// request reads one generation from start to end.
/// </summary>
public sealed class KnowledgeDatabase(KnowledgeOptions options, ILogger<KnowledgeDatabase> logger)
{
    private string? _lastPath;

    public KnowledgeOptions Options { get; } = options;
    public DatabaseGenerations Generations { get; } = new(options.DatabasePath!);

    /// <summary>Raised when the served generation changes (for caches keyed on the content version).</summary>
    public event Action<string>? VersionChanged;

    /// <summary>The generation to read now, or null before the first successful ingest.</summary>
    public Snapshot? Current()
    {
        var path = Generations.Current();
        if (path is null) return null;
        var previous = Interlocked.Exchange(ref _lastPath, path);
        if (previous != path)
        {
            if (previous is not null)
            {
                logger.LogInformation("Now serving {Generation}", Path.GetFileName(path));
                // Idle pooled connections would keep the old generation's file open until the pool times out.
                SqliteConnection.ClearPool(new SqliteConnection(ConnectionStringFor(previous)));
            }
            VersionChanged?.Invoke(DatabaseGenerations.VersionOf(path));
        }
        return new Snapshot(ConnectionStringFor(path), DatabaseGenerations.VersionOf(path), DatabaseGenerations.WrittenAt(path));
    }

    /// <summary>
    /// Called as a request ends. A request that resolved a generation just before it was replaced can open its
    /// connection after that generation's pool was cleared, which would keep the superseded file open in the pool.
    /// </summary>
    public void Release(Snapshot snapshot)
    {
        if (Volatile.Read(ref _lastPath) is { } current && ConnectionStringFor(current) != snapshot.ConnectionString)
            SqliteConnection.ClearPool(new SqliteConnection(snapshot.ConnectionString));
    }

    public static string ConnectionStringFor(string path) => $"Data Source={path};Mode=ReadOnly";

    /// <summary>One generation: how to open it, its version name, and when it was written (HTTP's Last-Modified).</summary>
    public sealed record Snapshot(string ConnectionString, string Version, DateTimeOffset WrittenAt);
}
