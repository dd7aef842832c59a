using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Timeline;

/// <summary>
/// Where everything goes on the timeline chart, in SVG user units, without drawing anything: lanes stacked top
/// to bottom, each with its era bands and then its events in rows, so that no two markers (or labels) overlap.
/// </summary>
public static class TimelineLayout
{
    public const double Width = 1000, Gutter = 120, RightPad = 16, AxisHeight = 26;
    public const double LanePad = 6, RowHeight = 22, EraRowHeight = 17, MarkerRadius = 5, Gap = 3;
    public const double FontSize = 12;
    public const int MaxLabelChars = 34, MinLabelChars = 12, MaxRoomyRows = 6;

    /// <summary>An event's lane: the one selected hypervisor it names, else the shared lane (it names none, or several).</summary>
    public static string LaneOf(TimelineEvent e, IReadOnlyCollection<string> laneIds)
    {
        var named = e.Hypervisors.Where(laneIds.Contains).Distinct().Take(2).ToList();
        return named.Count == 1 ? named[0] : TimelineLane.SharedId;
    }

    public static TimelineChartLayout Compute(IReadOnlyList<TimelineLane> lanes, IReadOnlyList<TimelineEvent> events,
        IReadOnlyList<Era> eras, DateOnly start, DateOnly end, DateOnly today)
    {
        var scale = new TimelineScale(start, end, Gutter, Width - RightPad);
        var laneIds = lanes.Where(l => l.Id != TimelineLane.SharedId).Select(l => l.Id).ToList();
        var byLane = events.GroupBy(e => LaneOf(e, laneIds)).ToDictionary(g => g.Key, g => g.ToList());
        var placedEras = new List<PlacedEra>();
        var globalEras = PlaceEras(eras.Where(e => e.HypervisorId is null), null, scale, today);
        var y = AxisHeight + Rows(globalEras) * EraRowHeight;
        var boxes = new List<LaneBox>();
        var placed = new List<PlacedEvent>();
        foreach (var lane in lanes)
        {
            var laneEras = PlaceEras(eras.Where(e => e.HypervisorId == lane.Id), lane.Id, scale, today);
            var items = Place(byLane.GetValueOrDefault(lane.Id, []), scale);
            var eventsTop = y + LanePad + Rows(laneEras) * EraRowHeight;
            var height = eventsTop - y + Math.Max(1, Rows(items)) * RowHeight + LanePad;
            placedEras.AddRange(laneEras.Select(e => e with { Y = y + LanePad + e.Row * EraRowHeight, TintTop = y, TintHeight = height }));
            placed.AddRange(items.Select(i => i with { LaneId = lane.Id, Y = eventsTop + i.Row * RowHeight + RowHeight / 2 }));
            boxes.Add(new LaneBox(lane, y, height));
            y += height;
        }
        placedEras.InsertRange(0, globalEras.Select(e => e with { Y = AxisHeight + e.Row * EraRowHeight, TintTop = AxisHeight, TintHeight = y - AxisHeight }));
        return new TimelineChartLayout(scale, y + 4, scale.YearTicks(minSpacing: 40), boxes, placed, placedEras,
            scale.Contains(today) ? scale.X(today) + scale.DayWidth / 2 : null);
    }

    /// <summary>
    /// Markers are packed into rows first, each keeping room for a short label when that costs at most
    /// <see cref="MaxRoomyRows"/> rows; then each gets a label where the room left in its row allows one (to its
    /// right, else to its left), so crowded years stay legible and sparse ones are read straight off the chart.
    /// </summary>
    private static List<PlacedEvent> Place(List<TimelineEvent> events, TimelineScale scale)
    {
        var markers = events.Select(e =>
        {
            var (from, to) = scale.Span(e.Date);
            var x = scale.Mark(e.Date);
            return new PlacedEvent(e, "", 0, x, from, to, 0, null, false, Math.Min(from, x - MarkerRadius), Math.Max(to, x + MarkerRadius));
        }).ToList();
        const double room = 3 + MinLabelChars * 0.6 * FontSize;
        var packed = Pack(markers, i => (i.Left, i.Right + room), (i, row) => i with { Row = row });
        if (Rows(packed) > MaxRoomyRows) packed = Pack(markers, i => (i.Left, i.Right), (i, row) => i with { Row = row });
        var edge = scale.Right + RightPad;
        return packed.GroupBy(i => i.Row).SelectMany(row =>
        {
            var items = row.OrderBy(i => i.Left).ToList();
            var occupied = scale.Left;
            for (var n = 0; n < items.Count; n++)
            {
                var item = items[n];
                var text = item.Event.Title.TrimEnd('.');
                var rightRoom = (n + 1 < items.Count ? items[n + 1].Left - Gap : edge) - item.Right - 3;
                var leftRoom = item.Left - Gap - occupied - 3;
                var (right, left) = (Fits(text, rightRoom), Fits(text, leftRoom));
                if (right is not null && (right == text || right.Length >= (left?.Length ?? 0)))
                    item = item with { Label = right, Right = item.Right + 3 + TextWidth(right) };
                else if (left is not null)
                    item = item with { Label = left, LabelOnLeft = true, Left = item.Left - 3 - TextWidth(left) };
                items[n] = item;
                occupied = item.Right;
            }
            return items;
        }).OrderBy(i => i.Event.Date).ThenBy(i => i.Event.Id).ToList();
    }

    private static string? Fits(string text, double room)
    {
        var label = Fit(text.Length <= MaxLabelChars ? text : Label(text, MaxLabelChars), room);
        return label.TrimEnd('…').Length >= Math.Min(MinLabelChars, text.Length) ? label : null;
    }

    private static List<PlacedEra> PlaceEras(IEnumerable<Era> eras, string? laneId, TimelineScale scale, DateOnly today)
    {
        var items = eras.Where(e => (e.From?.Start ?? DateOnly.MinValue) <= scale.End && (e.To?.End ?? today) >= scale.Start).Select(e =>
        {
            var from = scale.ClampedX(e.From?.Start ?? scale.Start);
            var to = Math.Clamp(e.To is { } t ? scale.X(t.End) + scale.DayWidth : scale.X(today), scale.Left, scale.Right);
            return new PlacedEra(e, laneId, 0, from, to, 0, 0, 0, Fit(e.Title, to - from - 6), e.To is null);
        }).ToList();
        return Pack(items, e => (e.From, e.To), (e, row) => e with { Row = row });
    }

    /// <summary>
    /// First fit in order of left edges: each item takes the lowest row whose last item ends before it starts.
    /// For intervals this uses as few rows as any arrangement can.
    /// </summary>
    public static List<T> Pack<T>(IEnumerable<T> items, Func<T, (double Left, double Right)> extent, Func<T, int, T> withRow)
    {
        var rowEnds = new List<double>();
        return items.OrderBy(i => extent(i).Left).Select(item =>
        {
            var (left, right) = extent(item);
            var row = rowEnds.FindIndex(end => end + Gap <= left);
            if (row < 0) { row = rowEnds.Count; rowEnds.Add(right); }
            else rowEnds[row] = right;
            return withRow(item, row);
        }).ToList();
    }

    /// <summary>
    /// Where the full text of a marker or band is shown while it is hovered or focused: a box on the axis row above
    /// the lanes (drawn after them, so nothing covers it), centred on <paramref name="x"/> and kept inside the chart.
    /// </summary>
    public static (double X, double Width, string Text) Readout(string text, double x)
    {
        var shown = Fit(text, Width - 2 * Gap - 8);
        var width = TextWidth(shown) + 8;
        return (Math.Clamp(x - width / 2, Gap, Width - Gap - width), width, shown);
    }

    private static int Rows(IEnumerable<PlacedEvent> items) => items.Select(i => i.Row + 1).DefaultIfEmpty(0).Max();

    private static int Rows(IEnumerable<PlacedEra> items) => items.Select(i => i.Row + 1).DefaultIfEmpty(0).Max();

    /// <summary>Breaks a name into at most <paramref name="maxLines"/> lines of whole words, shortening the last one if need be.</summary>
    public static IReadOnlyList<string> Wrap(string text, int maxChars, int maxLines)
    {
        var lines = new List<string>();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (lines.Count > 0 && lines[^1].Length + 1 + word.Length <= maxChars) lines[^1] += " " + word;
            else lines.Add(word);
        }
        if (lines.Count <= maxLines) return lines.Select(l => Label(l, maxChars)).ToList();
        return [.. lines.Take(maxLines - 1).Select(l => Label(l, maxChars)), Label(string.Join(' ', lines.Skip(maxLines - 1)), maxChars)];
    }

    /// <summary>
    /// The width of <paramref name="text"/> at <see cref="FontSize"/>, from the advances of DejaVu Sans (the widest of
    /// the sans-serif faces the chart's font stack falls back to) by class of glyph, erring wide: labels are placed
    /// without measuring text, and an estimate too small runs them into the next marker or off the chart.
    /// </summary>
    public static double TextWidth(string text) => FontSize * text.Sum(c => c switch
    {
        '…' => 1.0,
        'm' or 'w' or 'M' or 'W' or '@' or '%' => 0.98,
        ' ' or '.' or ',' or ':' or ';' or '\'' or '!' or '|' or 'i' or 'j' or 'l' or 'I' => 0.34,
        'f' or 't' or 'r' or '(' or ')' or '[' or ']' or '-' or '"' or '/' => 0.45,
        >= 'A' and <= 'Z' or >= '0' and <= '9' or '&' or '#' => 0.74,
        _ => 0.64,
    });

    /// <summary>The longest beginning of <paramref name="text"/> (with an ellipsis if cut) no wider than <paramref name="room"/>.</summary>
    public static string Fit(string text, double room)
    {
        if (TextWidth(text) <= room) return text;
        var chars = text.Length - 1;
        while (chars > 2 && TextWidth(text[..chars].TrimEnd() + "…") > room) chars--;
        return chars > 2 ? text[..chars].TrimEnd() + "…" : "";
    }

    public static string Label(string text, int maxChars) =>
        maxChars < 4 ? "" : text.Length <= maxChars ? text : text[..(maxChars - 1)].TrimEnd() + "…";
}
