namespace HypervisorCompare.Web.Tests.Timeline;

/// <summary>An event's permalink page: the event, and the cells its release changed as a before/after matrix.</summary>
public sealed class EventPageTests : IDisposable
{
    private const string Zed = """
        ---
        title: Zed
        summary: A hypervisor whose 2.0 release brought page merging.
        hypervisors:
          - id: zed
            name: Zed
            type: 2
            summary: Invented.
            origin: Nowhere
            website: https://zed.example/
            sources: [https://zed.example/]
        ---
        # Zed

        | Feature | Hypervisor | Support | Since | Until | Note | Sources |
        |---|---|---|---|---|---|---|
        | ksm | zed | no | | Zed 2.0 (2020-05-01) | | <https://zed.example/1.0> |
        | ksm | zed | yes | Zed 2.0 (2020-05-01) | | | <https://zed.example/2.0> |

        - 2020-05-01 | release | zed | zed-2-0 | **Zed 2.0 is released.** It merges pages. <https://zed.example/2.0>
        """;

    private readonly SiteFactory _site;

    public EventPageTests()
    {
        var knowledge = TestKnowledge.Fixture();
        knowledge.Write("zed.md", Zed);
        _site = new SiteFactory(knowledge);
    }

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task ReleaseEvent_ShowsEachCellItChanged_TheDayBeforeAndJustAfter()
    {
        var html = await _site.CreateClient().GetStringAsync("/timeline/events/zed-2-0");

        Assert.Matches("<h1[^>]*>Zed 2.0 is released</h1>", html);
        Assert.Contains("Before (30 Apr 2020)", html);
        Assert.Contains("After (2 May 2020)", html);
        Assert.Matches("Same-page merging</a></th>\\s*<td[^>]*>Zed</td>\\s*<td class=\"support level-no\"[^>]*>(?s:.)*?No(?s:.)*?</td>\\s*<td class=\"support level-yes\"", html);
    }

    [Fact]
    public async Task EventWithoutRelease_HasNoChangeMatrix_ButLinksToItsTimelinePage()
    {
        var html = await _site.CreateClient().GetStringAsync("/timeline/events/xen-1-0");

        Assert.DoesNotContain("What it changed", html);
        Assert.Matches("<a href=\"/timeline#xen-1-0\"[^>]*>See it on the timeline", html);
    }
}
