using System.Globalization;

namespace HypervisorCompare.Web.Timeline;

/// <summary>
/// One page of the timeline: the events of whole years, <see cref="Skip"/> and <see cref="Count"/> into the
/// filtered events in date order. A year with more events than a page is split into <see cref="Parts"/> pages.
/// </summary>
public sealed record TimelinePageSpan(int Number, int FirstYear, int LastYear, int Skip, int Count, int Part = 1, int Parts = 1)
{
    /// <summary>"1999–2004", "2007", or "2015 (2 of 3)" for part of a crowded year.</summary>
    public string Label => Parts > 1 ? Invariant($"{FirstYear} ({Part} of {Parts})")
        : FirstYear == LastYear ? Invariant($"{FirstYear}") : Invariant($"{FirstYear}–{LastYear}");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>How the timeline splits many events into pages of whole years.</summary>
public static class TimelinePaging
{
    /// <summary>
    /// At most this many events on a page. 400 keeps a page under a megabyte and its server time a few tens of
    /// milliseconds even with fifty lanes, while a busy year of a large set (the 10,000-event benchmark set has 300-340
    /// a year) still fits on one page instead of spilling a few events onto a second; the real content (about 80
    /// events) has room to grow fivefold before it is paged at all.
    /// </summary>
    public const int PageSize = 400;

    /// <summary>
    /// Pages for events whose years are <paramref name="years"/> (in date order): each page takes as many whole years
    /// as fit in <paramref name="size"/>; a year with more is split into pages of its own. Never empty: no events is one empty page.
    /// </summary>
    public static IReadOnlyList<TimelinePageSpan> Split(IReadOnlyList<int> years, int size = PageSize)
    {
        var pages = new List<TimelinePageSpan>();
        var start = 0;
        while (start < years.Count)
        {
            var end = EndOfYear(years, start);
            if (end - start > size)
            {
                var parts = (end - start + size - 1) / size;
                for (var part = 0; part < parts; part++)
                    pages.Add(new(pages.Count + 1, years[start], years[start], start + part * size,
                        Math.Min(size, end - start - part * size), part + 1, parts));
            }
            else
            {
                for (var next = EndOfYear(years, end); end < years.Count && next - start <= size; next = EndOfYear(years, end))
                    end = next;
                pages.Add(new(pages.Count + 1, years[start], years[end - 1], start, end - start));
            }
            start = end;
        }
        return pages.Count > 0 ? pages : [new(1, 0, 0, 0, 0)];
    }


    private static int EndOfYear(IReadOnlyList<int> years, int start)
    {
        var end = start;
        while (end < years.Count && years[end] == years[start]) end++;
        return end;
    }
}
