using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;

namespace HypervisorCompare.Web.Tests.Knowledge;

public class ContentIngestorTests
{
    private static HypervisorContext Open(string databasePath) =>
        new(new DbContextOptionsBuilder<HypervisorContext>().UseSqlite(KnowledgeDatabase.ConnectionStringFor(databasePath)).Options);

    [Fact]
    public void Ingest_ValidContent_BuildsADatabaseWithEveryCount()
    {
        using var knowledge = TestKnowledge.Fixture();

        var result = knowledge.Ingest();

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.Equal(new IngestCounts(2, 2, 4, 3, 2, 1, 1, 0), result.Counts);
        using var db = Open(knowledge.DatabasePath);
        Assert.Equal(4, db.Support.Count());
        Assert.Equal(ContentIngestor.BuildHash(result.Load.ContentHash), db.ContentInfo.Single().ContentHash);
    }

    [Fact]
    public void Ingest_EveryField_RoundTripsThroughSqlite()
    {
        using var knowledge = TestKnowledge.Fixture();
        var result = knowledge.Ingest();
        var expected = result.Load.Content;

        using var db = Open(knowledge.DatabasePath);

        var xen = db.Hypervisors.Include(h => h.Licences).Include(h => h.Stewards).Single(h => h.Id == "xen");
        var xenExpected = expected.Hypervisors.Single(h => h.Id == "xen");
        Assert.Equivalent(xenExpected, xen, strict: true);
        Assert.Equivalent(expected.Features.OrderBy(f => f.Id), db.Features.OrderBy(f => f.Id).ToList(), strict: true);
        Assert.Equivalent(expected.Support.OrderBy(s => s.Citation.Line), db.Support.ToList().OrderBy(s => s.Citation.Line), strict: true);
        Assert.Equivalent(expected.Events.OrderBy(e => e.Id), db.Events.OrderBy(e => e.Id).ToList(), strict: true);
        Assert.Equivalent(expected.Organisations, db.Organisations.ToList(), strict: true);
        Assert.Equivalent(expected.Licences, db.Licences.ToList(), strict: true);
        var article = db.Articles.Include(a => a.Sections).Single(a => a.Slug == "declarations");
        Assert.Equal(expected.Articles.Single(a => a.Slug == "declarations").Sections.Select(s => s.Anchor), article.Sections.OrderBy(s => s.Order).Select(s => s.Anchor));
        Assert.Contains("id=\"support-thp-kvm\"", article.Html);
    }

    [Fact]
    public void Ingest_InvalidContent_LeavesTheServedDatabaseByteIdenticalAndServed()
    {
        using var knowledge = TestKnowledge.Fixture();
        var first = knowledge.Ingest();
        var before = SHA256.HashData(File.ReadAllBytes(first.GenerationPath!));
        var generations = new DatabaseGenerations(knowledge.DatabasePath);

        knowledge.Write("broken.md", "---\ntitle: Broken\nsummary: x\nbogus: 1\n---\n");
        var second = knowledge.Ingest();

        Assert.False(second.Succeeded);
        Assert.Contains(second.Diagnostics, d => d.ToString() == "content/broken.md:4:1: error: unknown key 'bogus' in frontmatter");
        Assert.Equal(first.GenerationPath, generations.Current());
        Assert.Equal(before, SHA256.HashData(File.ReadAllBytes(first.GenerationPath!)));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(knowledge.DatabasePath)!, "*.db"), f => f != knowledge.DatabasePath);
    }

    [Fact]
    public void Ingest_Twice_PromotesTheNewGenerationAndKeepsTheOldFileIntact()
    {
        using var knowledge = TestKnowledge.Fixture();
        var first = knowledge.Ingest();

        var second = knowledge.Ingest();

        Assert.NotEqual(first.GenerationPath, second.GenerationPath);
        Assert.Equal(second.GenerationPath, new DatabaseGenerations(knowledge.DatabasePath).Current());
        Assert.True(File.Exists(first.GenerationPath), "the previous generation must not be deleted while it may still be open");
        Assert.True(new FileInfo(knowledge.DatabasePath).LinkTarget is not null, "the served path is a link, never an overwritten file");
    }

    [Fact]
    public void Ingest_ManyTimes_PrunesToTheNewestGenerations()
    {
        using var knowledge = TestKnowledge.Fixture();

        for (var i = 0; i < DatabaseGenerations.Keep + 3; i++) knowledge.Ingest();

        var files = Directory.GetFiles(Path.GetDirectoryName(knowledge.DatabasePath)!, "knowledge.*.db");
        Assert.Equal(DatabaseGenerations.Keep, files.Length);
    }

    [Fact]
    public void Ingest_ArticleHtml_StoresNoUnsafeUrl()
    {
        using var knowledge = TestKnowledge.Fixture();
        knowledge.Write("links.md", "---\ntitle: Links\nsummary: x\n---\n[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](data:text/html,x) ![d](vbscript:x) [ok](https://lwn.net/)\n");

        knowledge.Ingest();

        using var db = Open(knowledge.DatabasePath);
        var html = db.Articles.Single(a => a.Slug == "links").Html;
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html);
        Assert.DoesNotContain("vbscript:", html);
        Assert.Contains("href=\"https://lwn.net/\"", html);
    }
}
