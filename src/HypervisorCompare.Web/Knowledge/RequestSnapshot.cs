namespace HypervisorCompare.Web.Knowledge;

/// <summary>The generation one request reads, fixed when the request starts so a page never mixes two versions.</summary>
public sealed class RequestSnapshot(KnowledgeDatabase database) : IDisposable
{
    public KnowledgeDatabase.Snapshot? Value { get; } = database.Current();

    /// <summary>The generation: changes with every build, even of the same content (ETags and caches key on it).</summary>
    public string Version => Value?.Version ?? "none";

    /// <summary>The content's own version, the same for every build of the same content: what readers are shown.</summary>
    public string Content => DatabaseGenerations.ContentOf(Version);

    public string ConnectionString => Value?.ConnectionString
        ?? throw new InvalidOperationException("No database has been built yet: run the ingest command and fix the errors it prints.");

    /// <summary>Disposed after the request's DbContext (created later), so its connection is back in the pool by then.</summary>
    public void Dispose()
    {
        if (Value is { } snapshot) database.Release(snapshot);
    }
}
