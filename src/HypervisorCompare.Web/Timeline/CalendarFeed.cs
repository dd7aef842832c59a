using System.Globalization;
using System.Text;
using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Timeline;

/// <summary>
/// The timeline as an iCalendar file (RFC 5545) of all-day events. A date known to the month or year becomes an
/// event spanning that month or year, so a calendar shows no more precision than the source gives.
/// </summary>
public static class CalendarFeed
{
    public static string Write(FeedContext feed)
    {
        var ics = new StringBuilder();
        void Line(string line) => Fold(ics, line);
        Line("BEGIN:VCALENDAR");
        Line("VERSION:2.0");
        Line("PRODID:-//HypervisorCompare//Timeline//EN");
        Line("CALSCALE:GREGORIAN");
        Line("METHOD:PUBLISH");
        Line("X-WR-CALNAME:" + Text("HypervisorCompare timeline: " + string.Join(", ", feed.Data.Lanes.Select(l => l.Name))));
        var stamp = feed.Updated.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        foreach (var e in feed.Data.Events)
        {
            Line("BEGIN:VEVENT");
            Line($"UID:{e.Id}@hypervisorcompare");
            Line("DTSTAMP:" + stamp);
            Line("DTSTART;VALUE=DATE:" + Day(e.Date.Start));
            Line("DTEND;VALUE=DATE:" + Day(e.Date.End.AddDays(1)));
            Line("SUMMARY:" + Text(e.Title));
            Line("DESCRIPTION:" + Text(Description(e, feed)));
            Line("CATEGORIES:" + Text(EventKinds.Name(e.Kind)));
            // URL must be absolute (RFC 5545 3.8.4.6): without a known site address the event has none.
            if (feed.Site.Length > 0) Line("URL:" + feed.Absolute(TimelineEventLink.Url(e.Id)));
            Line("TRANSP:TRANSPARENT");
            Line("END:VEVENT");
        }
        Line("END:VCALENDAR");
        return ics.ToString();
    }

    private static string Description(TimelineEvent e, FeedContext feed) =>
        $"{DateText.Format(e.Date)} (known to the {e.Date.Precision.ToString().ToLowerInvariant()}{(e.Date.Approximate ? ", approximately" : "")}). "
        + e.Description
        + "\n\nIn the article: " + feed.Absolute(ArticlePage.Url(e.Citation.ArticleSlug, e.Citation.Anchor))
        + "\nSources:\n" + string.Join('\n', e.Sources.Select(s => $"{s.Title}: {s.Url}"));

    private static string Day(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>TEXT values escape backslash, semicolon, comma and newline (RFC 5545 3.3.11); other control characters are dropped.</summary>
    public static string Text(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value.Replace("\r\n", "\n"))
        {
            if (c is '\\' or ';' or ',') text.Append('\\').Append(c);
            else if (c == '\n') text.Append("\\n");
            else if (!char.IsControl(c)) text.Append(c);
        }
        return text.ToString();
    }

    /// <summary>Writes a content line folded at 75 octets (RFC 5545 3.1), never inside a UTF-8 sequence, ending in CRLF.</summary>
    public static void Fold(StringBuilder ics, string line)
    {
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > 75)
            {
                ics.Append("\r\n ");
                octets = 1;
            }
            ics.Append(rune.ToString());
            octets += size;
        }
        ics.Append("\r\n");
    }
}
