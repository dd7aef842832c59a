using HypervisorCompare.ContentGenerator;
using Microsoft.EntityFrameworkCore;

namespace HypervisorCompare.Web.Tests.Compare;

public class SupportRowsTests
{
    [Fact]
    public void SupportRowsForReading_SyntheticContent_EqualsTheEntityQueryRowForRow()
    {
        using var knowledge = TestKnowledge.Fixture();
        SyntheticContent.Write(knowledge.ContentPath, ContentShape.At(0.05));
        Assert.True(knowledge.Ingest().Succeeded);
        using var db = new HypervisorContext(new DbContextOptionsBuilder<HypervisorContext>()
            .UseSqlite(KnowledgeDatabase.ConnectionStringFor(knowledge.DatabasePath)).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).Options);

        var entities = db.Support.OrderBy(s => s.Key).ToList();
        var projected = db.SupportRowsForReading().OrderBy(s => s.Key).ToList();

        Assert.Contains(entities, s => s.Since is not null && s.Until is null);
        Assert.Contains(entities, s => s.Since is null && s.Until is not null);
        Assert.Contains(entities, s => s.Since is null && s.Until is null);
        Assert.Equivalent(entities, projected, strict: true);
    }
}
