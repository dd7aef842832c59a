using Microsoft.EntityFrameworkCore;

namespace HypervisorCompare.Web.Tests.Support;

/// <summary>The project's real content/, ingested once into a temporary SQLite generation, shared by a collection.</summary>
public sealed class RealKnowledge : IDisposable
{
    public RealKnowledge()
    {
        Knowledge = TestKnowledge.RealContent();
        var result = Knowledge.Ingest();
        if (!result.Succeeded) throw new InvalidOperationException(string.Join('\n', result.Diagnostics));
        ConnectionString = KnowledgeDatabase.ConnectionStringFor(result.GenerationPath!);
    }

    public TestKnowledge Knowledge { get; }
    public string ConnectionString { get; }

    public HypervisorContext Open() => new(Options());

    public DbContextOptions<HypervisorContext> Options() =>
        new DbContextOptionsBuilder<HypervisorContext>().UseSqlite(ConnectionString).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).Options;

    public void Dispose() => Knowledge.Dispose();
}

[CollectionDefinition(Name)]
public sealed class RealKnowledgeCollection : ICollectionFixture<RealKnowledge>
{
    public const string Name = "real knowledge";
}
