using System.Text;

namespace HypervisorCompare.Web.Tests.Timeline;

public sealed class CalendarFeedTests
{
    [Fact]
    public void Fold_ALongLine_KeepsEveryPhysicalLineWithin75OctetsAndNeverSplitsACharacter()
    {
        var text = "DESCRIPTION:" + string.Concat(Enumerable.Repeat("Xen – KVM ✓ 𝔛 ", 40));
        var ics = new StringBuilder();

        CalendarFeed.Fold(ics, text);

        var lines = ics.ToString().Split("\r\n")[..^1];
        Assert.True(lines.Length > 5);
        Assert.All(lines, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, l));
        Assert.All(lines.Skip(1), l => Assert.StartsWith(" ", l));
        Assert.Equal(text, lines[0] + string.Concat(lines.Skip(1).Select(l => l[1..])));
    }

    [Fact]
    public void Text_EscapesWhatRfc5545Reserves_AndDropsControlCharacters()
    {
        Assert.Equal(@"a\, b\; c\\d\ne", CalendarFeed.Text("a, b; c\\d\r\ne\u0007"));
    }
}
