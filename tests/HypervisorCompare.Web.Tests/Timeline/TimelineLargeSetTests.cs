using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using HypervisorCompare.Content;
using HypervisorCompare.Content.Model;
using HypervisorCompare.ContentGenerator;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;

namespace HypervisorCompare.Web.Tests.Timeline;

/// <summary>A generated set of a thousand events (some years far over a page), served by the real site.</summary>
public sealed class LargeTimeline : IDisposable
{
    public LargeTimeline()
    {
        var knowledge = TestKnowledge.Fixture();
        SyntheticContent.Write(knowledge.ContentPath, ContentShape.At(0.1));
        Site = new SiteFactory(knowledge);
        Events = ContentLoader.Load(knowledge.ContentPath, ContentLinks.Site).Content.Events.OrderBy(e => e.Date).ThenBy(e => e.Id).ToList();
    }

    public SiteFactory Site { get; }

    /// <summary>Every event, in the timeline's order.</summary>
    public IReadOnlyList<TimelineEvent> Events { get; }

    public HypervisorContext Open() => new(new DbContextOptionsBuilder<HypervisorContext>()
        .UseSqlite(KnowledgeDatabase.ConnectionStringFor(Site.Knowledge.DatabasePath)).Options);

    public void Dispose() => Site.Dispose();
}

public sealed partial class TimelineLargeSetTests(LargeTimeline large) : IClassFixture<LargeTimeline>
{
    private async Task<string> Html(string url)
    {
        var response = await large.Site.CreateClient().GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    // Eight of the eleven kinds: enough events for more than one page in the generated set.
    private static readonly string[] Kinds = ["acquisition", "adoption", "announcement", "deprecation", "fork", "founding", "kernel-integration", "release"];

    private static List<string> ListedIds(string html) => ListItem().Matches(html).Select(m => m.Groups[1].Value).ToList();

    [Fact]
    public async Task Page_ThousandEvents_ListsAndDrawsAtMostAPageAndSaysWhereTheUserIs()
    {
        var html = await Html("/timeline");

        var listed = ListedIds(html);
        Assert.InRange(listed.Count, 1, TimelinePaging.PageSize);
        Assert.Equal(large.Events.Take(listed.Count).Select(e => e.Id), listed);
        Assert.Equal(listed.Count, Regex.Matches(html, "<a href=\"/timeline#[^\"]*\" class=\"event").Count);
        Assert.Contains($"Events 1–{listed.Count} of {large.Events.Count:N0}", html);
        Assert.Contains("rel=\"next\"", html);
        Assert.DoesNotContain("rel=\"prev\"", html);
    }

    [Fact]
    public async Task Permalink_OldestAndNewestEvent_IsAPageThatLinksToTheTimelinePageThatListsThem()
    {
        var client = large.Site.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        foreach (var e in new[] { large.Events[0], large.Events[^1] })
        {
            var response = await client.GetAsync(TimelineEventLink.Url(e.Id));
            var html = await response.Content.ReadAsStringAsync();

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var onTimeline = Regex.Match(html, "<a href=\"([^\"]*)\"[^>]*>See it on the timeline</a>").Groups[1].Value.Replace("&amp;", "&");
            Assert.EndsWith("#" + e.Id, onTimeline);
            Assert.Contains(e.Id, ListedIds(await Html(onTimeline.Split('#')[0])));
        }
    }

    [Fact]
    public async Task Permalink_UnknownEvent_IsTheNotFoundPage()
    {
        var response = await large.Site.CreateClient().GetAsync("/timeline/events/no-such-event");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<h1", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Pages_FilteredByKindAndHypervisor_TogetherListEveryMatchOnceInOrder()
    {
        await Html("/timeline");
        using var db = large.Open();
        var filter = TimelineFilter.All with { Kinds = Kinds, Hypervisors = ["hv-001", "hv-002", "hv-003", "hv-004"] };
        var expected = large.Events.Where(e => filter.Matches(e, filter.Hypervisors)).Select(e => e.Id).ToList();

        var model = await ReadModel.LoadAsync(db);
        var first = TimelineData.Load(model, filter, TestEvents.Today);
        var pages = new List<TimelineData> { first };
        for (var n = 2; n <= first.Pages.Count; n++)
            pages.Add(TimelineData.Load(model, filter, TestEvents.Today, page: $"{n}"));

        Assert.True(first.Pages.Count > 1, $"{expected.Count} matches fit on one page");
        Assert.Equal(expected, pages.SelectMany(p => p.Events).Select(e => e.Id));
        Assert.All(pages, p => Assert.InRange(p.Events.Count, 1, TimelinePaging.PageSize));
        Assert.All(pages, p => Assert.All(p.Events, e => Assert.InRange(e.Date.Year, p.Start.Year, p.End.Year)));
        Assert.All(pages, p => Assert.Empty(p.Filter.Notices));
        Assert.Equal(expected.Count, first.Total);
    }

    [Fact]
    public async Task Page_SecondPageWithAFilter_KeepsTheFilterInEveryPageLinkAndShowsOnlyMatches()
    {
        var kinds = string.Join('&', Kinds.Select(k => "kind=" + k));
        var html = await Html($"/timeline?{kinds}&page=2");

        Assert.NotEmpty(ListedIds(html));
        Assert.All(ListedIds(html), id => Assert.Contains(large.Events.Single(e => e.Id == id).Kind, Kinds));
        Assert.Contains($"href=\"/timeline?{kinds.Replace("&", "&amp;")}\" rel=\"prev\"", html);
        Assert.Contains("aria-current=\"page\"", html);
        var pagerLinks = Regex.Matches(Pager().Match(html).Value, "href=\"([^\"]+)\"").Select(m => WebUtility.HtmlDecode(m.Groups[1].Value)).ToList();
        Assert.True(pagerLinks.Count > 2);
        Assert.All(pagerLinks, href => Assert.StartsWith($"/timeline?{kinds}", href));
        Assert.DoesNotContain("name=\"page\"", html); // a new filter starts again at its first page
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("0")]
    [InlineData("100000")]
    [InlineData("%3Cscript%3E")]
    public async Task Page_MalformedPage_ShowsTheFirstPageWithANotice(string page)
    {
        var html = await Html("/timeline?page=" + page);

        Assert.Contains("<div class=\"notice\" role=\"alert\">", html);
        Assert.Contains("There is no page", html);
        Assert.DoesNotContain("<script>", html);
        Assert.Equal(large.Events[0].Id, ListedIds(html)[0]);
    }

    [Fact]
    public async Task Atom_ThousandEvents_HoldsOnlyTheNewestHundred()
    {
        var body = await large.Site.CreateClient().GetStringAsync("/timeline.atom");

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var ids = XDocument.Parse(body).Root!.Elements(atom + "entry").Select(e => e.Element(atom + "id")!.Value.Split('#')[1]).ToList();
        Assert.Equal(large.Events.TakeLast(TimelineFeeds.MaxEvents).Reverse().Select(e => e.Id), ids);
    }

    [GeneratedRegex("""<li id="(ev-\d+)" class="event""")]
    private static partial Regex ListItem();

    [GeneratedRegex("""<nav class="pager[^>]*>.*?</nav>""", RegexOptions.Singleline)]
    private static partial Regex Pager();
}
