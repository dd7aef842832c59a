using System.Net;
using System.Xml.Linq;
using Ical.Net;

namespace HypervisorCompare.Web.Tests.Timeline;

/// <summary>The timeline page and its feeds, served by the real site over the fixture content on real SQLite.</summary>
public sealed class TimelineSiteTests : IDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly SiteFactory _site;

    public TimelineSiteTests()
    {
        var knowledge = TestKnowledge.Fixture();
        knowledge.Write("eras.md", """
            ---
            title: Eras
            summary: One era, so the chart has a band to draw.
            eras:
              - id: xensource-years
                title: The XenSource years
                hypervisor: xen
                from: ~2005-01
                to: 2007-10-22
                description: From XenSource's founding to the Citrix purchase.
                sources: [https://xenproject.org/]
            ---
            # Eras
            """);
        _site = new SiteFactory(knowledge);
    }

    public void Dispose() => _site.Dispose();

    private async Task<(HttpStatusCode Status, string Body, string? Type)> Get(string url)
    {
        var response = await _site.CreateClient().GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Page_ListsEveryEventWithItsPermalinkAnchorAndDrawsTheEraBand()
    {
        var (status, html, _) = await Get("/timeline");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<li id=\"xen-1-0\"", html);
        Assert.Contains("<li id=\"xen-citrix\"", html);
        Assert.Contains("<li id=\"eco-thing\"", html);
        Assert.Contains("<time datetime=\"2009\"", html);
        Assert.Contains(">c. 2009</time>", html);
        Assert.Contains(">The XenSource years: c. Jan 2005 to 22 Oct 2007</title>", html);
        Assert.Contains("<div id=\"era-xensource-years\"", html);
        Assert.Contains("href=\"/timeline.atom\"", html);
    }

    [Theory]
    [InlineData("/timeline?from=20x5", "&#x27;from&#x27; must be a year, a month or a day")]
    [InlineData("/timeline?h=vmware&h=xen", "Unknown hypervisor &#x27;vmware&#x27; ignored")]
    [InlineData("/timeline?kind=%3Cscript%3E", "Unknown event kind &#x27;&lt;script&gt;&#x27;")]
    [InlineData("/timeline?from=2010&to=2001", "swapped")]
    public async Task Page_MalformedParameters_GiveAClearNoticeNotAnError(string url, string notice)
    {
        var (status, html, _) = await Get(url);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("<div class=\"notice\" role=\"alert\">", html);
        Assert.Contains(notice, html);
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public async Task Page_KindFilter_ListsOnlyThatKind()
    {
        var (_, html, _) = await Get("/timeline?kind=acquisition");

        Assert.Contains("<li id=\"xen-citrix\"", html);
        Assert.DoesNotContain("<li id=\"xen-1-0\"", html);
        Assert.Contains("href=\"/timeline.atom?kind=acquisition\"", html);
    }

    [Fact]
    public async Task Atom_IsWellFormedWithEveryElementRfc4287Requires()
    {
        var (status, body, type) = await Get("/timeline.atom");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/atom+xml", type);
        var feed = XDocument.Parse(body).Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var required in new[] { "id", "title", "updated", "author" })
            Assert.Single(feed.Elements(Atom + required));
        Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")!.Value, out _));
        Assert.Single(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(3, entries.Count);
        foreach (var entry in entries)
        {
            Assert.True(Uri.IsWellFormedUriString(entry.Element(Atom + "id")!.Value, UriKind.Absolute));
            Assert.NotEmpty(entry.Element(Atom + "title")!.Value);
            Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", entry.Element(Atom + "updated")!.Value);
            Assert.Single(entry.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "alternate");
        }
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
        Assert.EndsWith("/timeline#eco-thing", entries[0].Element(Atom + "id")!.Value);
        // The id stays the anchor it always was; the link is the permalink that finds the event's page.
        Assert.EndsWith("/timeline/events/eco-thing", (string?)entries[0].Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href"));
        Assert.StartsWith("c. 2009 · Adoption · Ecosystem.", entries[0].Element(Atom + "summary")!.Value);
    }

    [Fact]
    public async Task Atom_HonoursTheFilters()
    {
        var (_, body, _) = await Get("/timeline.atom?kind=acquisition");

        var entry = Assert.Single(XDocument.Parse(body).Root!.Elements(Atom + "entry"));
        Assert.EndsWith("/timeline#xen-citrix", entry.Element(Atom + "id")!.Value);
    }

    [Fact]
    public async Task Calendar_IsReadByIcalNet_WithAllDayEventsSpanningWhatTheDateCanMean()
    {
        var (status, body, type) = await Get("/timeline.ics");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("text/calendar", type);
        var calendar = Calendar.Load(body)!;
        Assert.Equal(3, calendar.Events.Count);
        var month = calendar.Events.Single(e => e.Uid == "xen-1-0@hypervisorcompare");
        Assert.Equal("Xen 1.0 is released", month.Summary);
        Assert.False(month.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2003, 10, 1), month.DtStart.Date);
        Assert.Equal(new DateOnly(2003, 11, 1), month.DtEnd!.Date);
        var year = calendar.Events.Single(e => e.Uid == "eco-thing@hypervisorcompare");
        Assert.Equal(new DateOnly(2009, 1, 1), year.DtStart!.Date);
        Assert.Equal(new DateOnly(2010, 1, 1), year.DtEnd!.Date);
        Assert.StartsWith("c. 2009 (known to the year, approximately).", year.Description);
        var day = calendar.Events.Single(e => e.Uid == "xen-citrix@hypervisorcompare");
        Assert.Equal(new DateOnly(2007, 10, 23), day.DtEnd!.Date);
        Assert.Null(day.Url); // URL must be absolute, and without Site:BaseUrl the site's address is unknown

    }

    [Fact]
    public async Task Calendar_HonoursTheFilters()
    {
        var (_, body, _) = await Get("/timeline.ics?h=xen&from=2007&to=2008");

        Assert.Equal(["xen-citrix@hypervisorcompare"], Calendar.Load(body)!.Events.Select(e => e.Uid));
    }

    [Theory]
    [InlineData("/timeline.atom?from=soon")]
    [InlineData("/timeline.ics?kind=merger")]
    public async Task Feed_MalformedParameter_IsABadRequestThatSaysWhy(string url)
    {
        var (status, body, type) = await Get(url);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("text/plain", type);
        Assert.StartsWith("The timeline feed cannot use these parameters:", body);
    }
}
