namespace HypervisorCompare.Web.Ingest;

/// <summary>The generation one request reads, fixed when the request starts so a page never mixes two versions.</summary>
public sealed class RequestSnapshot(KnowledgeDatabase database)
{
    public KnowledgeDatabase.Snapshot? Value { get; } = database.Current();

    public string Version => Value?.Version ?? "none";

    public string ConnectionString => Value?.ConnectionString
        ?? throw new InvalidOperationException("No database has been built yet: run the ingest command and fix the errors it prints.");
}
