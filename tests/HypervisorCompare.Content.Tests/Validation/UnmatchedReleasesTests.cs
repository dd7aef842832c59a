using HypervisorCompare.Content.Validation;

namespace HypervisorCompare.Content.Tests.Validation;

public class UnmatchedReleasesTests
{
    private static string Zed(string since) => $"""
        ---
        title: Zed
        summary: A hypervisor with releases.
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
        | ksm | zed | yes | {since} | | | <https://zed.example/2.0> |

        - 2020-05-01 | release | zed | zed-2-0 | **Zed 2.0 is released.** It merges pages. <https://zed.example/2.0>
        - 2021-05-01 | announcement | zed | zed-plans | **Zed plans 3.0.** Later. <https://zed.example/plans>
        """;

    [Theory]
    [InlineData("Zed 2.0 (2020-05-01)")]
    [InlineData("[Zed 2 (2020-05-01)](#event-zed-2-0)")]
    [InlineData("2020-05-01")]
    public void Cell_WhoseVersionMatchesOrNamesARelease_OrHasNoVersion_HasNoWarning(string since)
    {
        using var content = new TestContent();

        var result = content.Write("zed.md", Zed(since)).Load();

        Assert.Empty(result.Diagnostics);
        Assert.DoesNotContain(UnmatchedReleases.Of(result.Content), w => w.Contains("/zed", StringComparison.Ordinal));
    }

    [Fact]
    public void Cell_WhoseVersionMatchesNoRelease_IsAWarningAtItsRow_NotAnError()
    {
        using var content = new TestContent();

        var result = content.Write("zed.md", Zed("Zed 3.0 (2021-06-01)")).Load();

        Assert.Empty(result.Diagnostics);
        var warning = Assert.Single(UnmatchedReleases.Of(result.Content), w => w.Contains("/zed", StringComparison.Ordinal));
        Assert.Equal("content/zed.md:17:1: warning: since 'Zed 3.0' of ksm/zed matches no release event of 'zed'", warning);
    }

    [Fact]
    public void Cell_LinkingToAnUnknownEvent_IsAnError()
    {
        using var content = new TestContent();

        var result = content.Write("zed.md", Zed("[Zed 2.0 (2020-05-01)](#event-zed-9)")).Load();

        Assert.Contains(result.Diagnostics, d => d.Message == "unknown event 'zed-9'");
    }

    [Fact]
    public void Cell_LinkingToAnEvent_NamesThatEvent()
    {
        using var content = new TestContent();

        var result = content.Write("zed.md", Zed("[Zed 2 (2020-05-01)](#event-zed-2-0)")).Load();

        var row = result.Content.Support.Single(s => s.HypervisorId == "zed");
        Assert.Equal(("zed-2-0", "Zed 2"), (row.Since!.EventId, row.Since.Version));
    }
}
