using System.Text.RegularExpressions;
using HypervisorCompare.Content;
using HypervisorCompare.ContentGenerator;
using Microsoft.EntityFrameworkCore;

namespace HypervisorCompare.Web.Tests.Search;

/// <summary>Queries that let SQLite pick the few rows a page shows must pick the rows the plain queries picked.</summary>
public sealed partial class PushedDownQueryTests : IDisposable
{
    private readonly SiteFactory _site = Generated();

    private static SiteFactory Generated()
    {
        var knowledge = TestKnowledge.Fixture();
        // Hundreds of events with year, month and day precision, some approximate, many on the same day.
        SyntheticContent.Write(knowledge.ContentPath, ContentShape.At(0.05));
        return new SiteFactory(knowledge);
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Home_LatestEvents_AreTheNewestByDateThenId()
    {
        var html = await _site.CreateClient().GetStringAsync("/");

        var expected = ContentLoader.Load(_site.Knowledge.ContentPath, ContentLinks.Site).Content.Events
            .OrderByDescending(e => e.Date).ThenBy(e => e.Id).Take(6).Select(e => e.Id).ToList();
        var list = LatestList().Match(html).Value;
        Assert.Equal(expected, EventLinks().Matches(list).Select(m => m.Groups[1].Value));
    }

    [Theory]
    [InlineData("memory", 1)]
    [InlineData("memory paging", 2)]
    [InlineData("guest", 3)]
    public async Task Search_ManyMatches_HighlightsExactlyTheRowsTheSingleQueryRanked(string words, int page)
    {
        await _site.CreateClient().GetAsync("/");
        using var db = new HypervisorContext(new DbContextOptionsBuilder<HypervisorContext>()
            .UseSqlite(KnowledgeDatabase.ConnectionStringFor(_site.Knowledge.DatabasePath)).Options);
        var terms = SearchTerms.Parse(words);
        var query = terms.ToFtsQuery(all: true);
        var phrase = string.Join(' ', terms.Words);
        var skip = (page - 1) * SiteSearch.PageSize;

        var results = await SiteSearch.RunAsync(db, terms, page);
        // The naive query: highlight every match, keep each article's best passage, then page.
        var reference = await db.Database.SqlQuery<SearchHit>($"""
            WITH every AS (
                SELECT rowid AS id, kind AS Kind, key AS Key, article AS Article, anchor AS Anchor,
                       highlight(SearchIndex, 4, char(2), char(3)) AS Title,
                       snippet(SearchIndex, 5, char(2), char(3), '…', 24) AS Snippet,
                       highlight(SearchIndex, 6, char(2), char(3)) AS Keywords,
                       lower(title) = lower({phrase}) AS exact, bm25(SearchIndex, 0, 0, 0, 0, 8.0, 1.0, 4.0) AS score
                FROM SearchIndex WHERE SearchIndex MATCH {query}),
            best AS (SELECT *, row_number() OVER (PARTITION BY Kind, Key ORDER BY exact DESC, score, id) AS n FROM every)
            SELECT Kind, Key, Article, Anchor, Title, Snippet, Keywords FROM best WHERE n = 1
            ORDER BY exact DESC, score, Kind, Key
            LIMIT {SiteSearch.PageSize} OFFSET {skip}
            """).ToListAsync();

        Assert.True(results.Total > 2 * SiteSearch.PageSize);
        Assert.Equal(SiteSearch.PageSize, results.Hits.Count);
        Assert.Equivalent(reference, results.Hits, strict: true);
    }

    [GeneratedRegex("""<ul class="latest-events".*?</ul>""", RegexOptions.Singleline)]
    private static partial Regex LatestList();

    [GeneratedRegex("""href="/timeline/events/(ev-\d+)" """)]
    private static partial Regex EventLinks();
}
