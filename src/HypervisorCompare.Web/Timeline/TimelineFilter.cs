using System.Globalization;
using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Timeline;

/// <summary>The timeline's query parameters exactly as they arrived: nothing here has been checked yet.</summary>
public sealed record TimelineQuery(string?[]? H = null, string?[]? Kind = null, string? From = null, string? To = null, string? Q = null,
    string? Page = null)
{
    public static TimelineQuery FromRequest(IQueryCollection query) =>
        new(query["h"].ToArray(), query["kind"].ToArray(), query["from"], query["to"], query["q"], query["page"]);
}

/// <summary>
/// The timeline's filters, checked: known hypervisor ids (empty means all), known kinds (empty means all),
/// a date range and search words. What could not be understood is dropped and explained in <see cref="Notices"/>.
/// </summary>
public sealed record TimelineFilter(IReadOnlyList<string> Hypervisors, IReadOnlyList<string> Kinds, PartialDate? From, PartialDate? To, string Query)
{
    public const int MaxQueryLength = 200;

    public static readonly TimelineFilter All = new([], [], null, null, "");

    /// <summary>False hides events that name no hypervisor (the profile excerpt shows one project's own story).</summary>
    public bool IncludeEcosystem { get; init; } = true;

    public IReadOnlyList<string> Notices { get; init; } = [];

    public bool IsValid => Notices.Count == 0;

    public static TimelineFilter ForHypervisor(string id) => All with { Hypervisors = [id], IncludeEcosystem = false };

    public static TimelineFilter Parse(TimelineQuery query, IReadOnlyCollection<string> knownHypervisors)
    {
        var notices = new List<string>();
        var hypervisors = Known(query.H, knownHypervisors, "hypervisor", notices);
        var kinds = Known(query.Kind, TimelineEvent.Kinds, "event kind", notices);
        var from = Date(query.From, "from", notices);
        var to = Date(query.To, "to", notices);
        if (from is { } f && to is { } t && f.Start > t.End)
        {
            notices.Add($"'from' ({f.Iso}) was after 'to' ({t.Iso}), so the two were swapped.");
            (from, to) = (to, from);
        }
        var text = (query.Q ?? "").Trim();
        if (text.Length > MaxQueryLength)
        {
            notices.Add($"The search text was cut to its first {MaxQueryLength} characters.");
            text = text[..MaxQueryLength];
        }
        return new TimelineFilter(hypervisors, kinds, from, to, text) { Notices = notices };
    }

    /// <summary>The query string (without '?') that reproduces this filter; empty when nothing is filtered.</summary>
    public string ToQueryString() => string.Join('&',
        Hypervisors.Select(h => "h=" + Uri.EscapeDataString(h))
            .Concat(Kinds.Select(k => "kind=" + Uri.EscapeDataString(k)))
            .Concat(From is { } f ? ["from=" + f.Iso] : [])
            .Concat(To is { } t ? ["to=" + t.Iso] : [])
            .Concat(Query.Length > 0 ? ["q=" + Uri.EscapeDataString(Query)] : []));

    public bool Matches(TimelineEvent e, IReadOnlyCollection<string> laneIds) =>
        // Products get lanes on demand: on the default timeline their events stand in the shared lane.
        (e.Hypervisors.Any(laneIds.Contains) || IncludeEcosystem && (e.Hypervisors.Count == 0 || Hypervisors.Count == 0))
        && (Kinds.Count == 0 || Kinds.Contains(e.Kind))
        // An imprecise date matches when any day it can mean falls in the range: "2009" is in "from 2009-06".
        && (From is not { } from || e.Date.End >= from.Start)
        && (To is not { } to || e.Date.Start <= to.End)
        && Words().All(w => $"{e.Title} {e.Description} {e.Id} {e.Kind}".Contains(w, StringComparison.OrdinalIgnoreCase));

    private IEnumerable<string> Words() => Query.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static List<string> Known(string?[]? values, IReadOnlyCollection<string> known, string what, List<string> notices)
    {
        var given = (values ?? []).Select(v => (v ?? "").Trim()).Where(v => v.Length > 0).Distinct().ToList();
        var unknown = given.Where(v => !known.Contains(v)).ToList();
        if (unknown.Count > 0)
            notices.Add($"Unknown {what} {Quote(unknown)} ignored; known: {string.Join(", ", known)}.");
        return given.Where(known.Contains).ToList();
    }

    private static PartialDate? Date(string? text, string name, List<string> notices)
    {
        var s = (text ?? "").Trim();
        if (s.Length == 0) return null;
        if (!s.StartsWith('~') && PartialDate.TryParse(s, out var date, out _)) return date;
        notices.Add($"'{name}' must be a year, a month or a day (2007, 2007-10 or 2007-10-22); {Quote([s])} was ignored.");
        return null;
    }

    // Long or numerous bad values would turn the notice into a wall of text; a few, shortened, say enough.
    private static string Quote(IReadOnlyList<string> values) =>
        string.Join(", ", values.Take(5).Select(v => "'" + (v.Length > 40 ? v[..40] + "…" : v) + "'"))
        + (values.Count > 5 ? string.Create(CultureInfo.InvariantCulture, $" and {values.Count - 5} more") : "");
}
