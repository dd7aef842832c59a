
namespace HypervisorCompare.Web.Tests.Search;

[Collection(RealKnowledgeCollection.Name)]
public sealed class SearchTests(RealKnowledge knowledge)
{
    private async Task<SearchResults> Run(string query, int page = 1)
    {
        await using var db = knowledge.Open();
        return await SiteSearch.RunAsync(db, SearchTerms.Parse(query), page);
    }

    [Theory]
    [InlineData("dom0", "dom0")]
    [InlineData("VirtIO", "virtio")]
    public async Task Search_AGlossaryTerm_PutsItsEntryFirstWithADefinitionSnippet(string query, string termId)
    {
        var results = await Run(query);

        var first = results.Hits[0];
        Assert.Equal((SearchKind.Term, termId), (first.Kind, first.Key));
        Assert.Contains($"{SiteSearch.MarkStart}{query}{SiteSearch.MarkEnd}", first.Title);
        Assert.True(first.Snippet.Split(' ').Length >= 8, first.Snippet);
        Assert.True(results.Total > 10, $"{results.Total} results");
    }

    [Theory]
    [InlineData("dom0")]
    [InlineData("VirtIO")]
    public async Task Search_ACommonWord_FindsArticlesFeaturesAndEventsWithMarkedSnippets(string query)
    {
        var results = await Run(query);

        Assert.Equal([SearchKind.Article, SearchKind.Feature, SearchKind.Event, SearchKind.Term], results.Hits.Select(h => h.Kind).Distinct().Order());
        Assert.All(results.Hits, h => Assert.Contains(SiteSearch.MarkStart, h.Title + h.Snippet + h.Keywords));
        Assert.True(results.Hits.Count(h => h.MatchedOnlyInKeywords) < results.Hits.Count / 2);
    }

    [Fact]
    public async Task Search_StemmedWord_FindsOtherForms() =>
        Assert.Contains((await Run("migrations")).Hits, h => h.Key == "live-migration");

    [Fact]
    public async Task Search_WordsNeverTogether_FallsBackToAnyWord()
    {
        var results = await Run("dom0 zzzqqq");

        Assert.True(results.AnyWord);
        Assert.NotEmpty(results.Hits);
    }

    [Fact]
    public async Task Search_Pages_AreDisjointAndClampedToTheLast()
    {
        var first = await Run("xen");
        var second = await Run("xen", 2);
        var beyond = await Run("xen", 999);

        Assert.True(first.Pages >= 2);
        Assert.Empty(first.Hits.Select(h => h.Key).Intersect(second.Hits.Select(h => h.Key)));
        Assert.Equal(first.Pages, beyond.Page);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("\"unterminated")]
    [InlineData("dom0 AND")]
    [InlineData("NEAR(dom0 virtio, 2)")]
    [InlineData("title:dom0")]
    [InlineData("*")]
    [InlineData("^xen")]
    [InlineData("'); DROP TABLE SearchIndex; --")]
    public async Task Search_FtsSyntaxAndSql_IsReadAsWordsWithoutError(string query)
    {
        var error = await Record.ExceptionAsync(() => Run(query));

        Assert.Null(error);
    }
}
