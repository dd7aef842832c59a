using Microsoft.EntityFrameworkCore;

namespace HypervisorCompare.Web.Tests.Search;

/// <summary>
/// One valid article with a 10,000-row table: search reads it in bounded passages, shows it once, at the section
/// that matched, and highlights at most a passage of it.
/// </summary>
public sealed class HugeArticleSearchTests(HugeArticleSearchTests.HugeArticle knowledge) : IClassFixture<HugeArticleSearchTests.HugeArticle>
{
    /// <summary>The fixture content plus the huge article, ingested once for the class.</summary>
    public sealed class HugeArticle : IDisposable
    {
        private readonly TestKnowledge _knowledge = TestKnowledge.Fixture();

        public HugeArticle()
        {
            var rows = string.Concat(Enumerable.Range(1, 10_000).Select(i => $"| {i} | quokka paging note {i} |\n"));
            _knowledge.Write("huge.md", $"---\ntitle: Huge table\nsummary: Ten thousand rows.\n---\n# Huge table\n\nIntro.\n\n## The rows\n\n| N | Note |\n|---|---|\n{rows}");
            var result = _knowledge.Ingest();
            if (!result.Succeeded) throw new InvalidOperationException(string.Join('\n', result.Diagnostics));
            Connection = KnowledgeDatabase.ConnectionStringFor(result.GenerationPath!);
        }

        public string Connection { get; }

        public void Dispose() => _knowledge.Dispose();
    }

    private async Task<SearchResults> Run(string query)
    {
        await using var db = new HypervisorContext(new DbContextOptionsBuilder<HypervisorContext>().UseSqlite(knowledge.Connection).Options);
        return await SiteSearch.RunAsync(db, SearchTerms.Parse(query), 1);
    }

    [Fact]
    public async Task Search_WordInEveryRow_FindsTheArticleOnceAtItsSection()
    {
        var results = await Run("quokka");

        var hit = Assert.Single(results.Hits);
        Assert.Equal(1, results.Total);
        Assert.Equal((SearchKind.Article, "huge", "the-rows"), (hit.Kind, hit.Key, hit.Anchor));
        Assert.Contains($"{SiteSearch.MarkStart}quokka{SiteSearch.MarkEnd}", hit.Snippet);
        Assert.True(hit.Snippet.Length < 400, $"{hit.Snippet.Length} characters of snippet");
    }

    [Fact]
    public async Task Search_WordInOneRow_FindsThePassageThatHoldsIt()
    {
        var hit = Assert.Single((await Run("note 9876")).Hits, h => h.Key == "huge");

        Assert.Contains($"{SiteSearch.MarkStart}9876{SiteSearch.MarkEnd}", hit.Snippet);
    }

    [Fact]
    public async Task Search_ArticleTitle_PutsTheArticleFirstAndCountsItOnce()
    {
        var results = await Run("huge table");

        Assert.Equal((SearchKind.Article, "huge"), (results.Hits[0].Kind, results.Hits[0].Key));
        Assert.Single(results.Hits, h => h.Key == "huge");
        Assert.Equal(results.Hits.Count, results.Hits.Select(h => (h.Kind, h.Key)).Distinct().Count());
    }
}
