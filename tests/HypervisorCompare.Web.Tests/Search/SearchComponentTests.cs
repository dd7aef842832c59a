using Bunit;

namespace HypervisorCompare.Web.Tests.Search;

[Collection(RealKnowledgeCollection.Name)]
public sealed class SearchComponentTests(RealKnowledge knowledge)
{
    [Fact]
    public void SearchPage_Dom0_ShowsTheCountAndHighlightedResults()
    {
        using var context = new ReadingBunit(knowledge, "/search?q=dom0");

        var page = context.Render<SearchPage>();
        var count = page.WaitForElement(".result-count");

        Assert.Matches(@"^\d+ results for “dom0”$", count.TextContent.Trim());
        Assert.Equal("/glossary#dom0", page.Find(".results li a.title").GetAttribute("href"));
        Assert.Equal("dom0", page.Find(".results li a.title mark").TextContent);
        Assert.Equal("dom0", page.Find("input#search-q").GetAttribute("value"));
    }

    [Fact]
    public void SearchPage_OnlyPunctuation_ExplainsInsteadOfSearching()
    {
        using var context = new ReadingBunit(knowledge, "/search?q=%22%28%2A%29%22");

        var page = context.Render<SearchPage>();

        Assert.Contains("has no letters or digits", page.Find(".notice").TextContent);
        Assert.Empty(page.FindAll(".results"));
    }

    [Fact]
    public void SearchPage_NoQuery_SuggestsSearches()
    {
        using var context = new ReadingBunit(knowledge, "/search");

        var page = context.Render<SearchPage>();

        Assert.Contains(page.FindAll(".notice a"), a => a.GetAttribute("href") == "/search?q=VirtIO");
    }

    [Fact]
    public void Marked_MarkupInText_IsEncodedAndOnlyMarkersBecomeMarks()
    {
        using var context = new BunitContext();
        var text = $"<script>x</script> {SiteSearch.MarkStart}dom0{SiteSearch.MarkEnd} & {SiteSearch.MarkStart}<b>{SiteSearch.MarkEnd}";

        var marked = context.Render<Marked>(p => p.Add(x => x.Text, text));

        Assert.Equal(["dom0", "<b>"], marked.FindAll("mark").Select(m => m.TextContent));
        Assert.Empty(marked.FindAll("script, b"));
        Assert.Contains("&lt;script&gt;", marked.Markup);
    }
}
