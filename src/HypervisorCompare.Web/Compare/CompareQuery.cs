using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Compare;

/// <summary>A support filter from the URL: <c>support=kvm:no</c>.</summary>
public sealed record SupportFilter(string HypervisorId, SupportLevel Level)
{
    public override string ToString() => $"{HypervisorId}:{SupportLevels.ToText(Level)}";
}

/// <summary>
/// The comparison's URL state, parsed once and shared by the page and its CSV and JSON exports.
/// Malformed values are dropped with a message in <see cref="Problems"/>, never an exception.
/// </summary>
public sealed record CompareQuery(
    IReadOnlyList<string> Hypervisors, IReadOnlyList<SupportFilter> Support, IReadOnlyList<string> Categories,
    bool DiffOnly, string Text, PartialDate? AsOf, IReadOnlyList<string> Problems)
{
    /// <summary>A second, later day (<c>vs=</c>): the cells that changed between <see cref="AsOf"/> and it are marked.</summary>
    public PartialDate? Vs { get; init; }

    /// <summary><c>first=1</c>: a column naming, per feature, which compared hypervisor had full support first and when.</summary>
    public bool First { get; init; }

    public const int MaxHypervisors = 12;
    public const int MaxTextLength = 200;

    /// <summary>
    /// The one binder of the comparison's query string: <c>/compare</c>, <c>/features</c>, <c>/compare.csv</c> and
    /// <c>/api/compare</c> all read it here, so a page and its exports can never disagree. A repeated single-valued
    /// parameter counts by its first value.
    /// </summary>
    public static CompareQuery From(IQueryCollection query) =>
        Parse(query["h"], query["support"], query["category"], query["diff"].FirstOrDefault(), query["q"].FirstOrDefault(), query["asof"].FirstOrDefault(),
            query["vs"].FirstOrDefault(), query["first"].FirstOrDefault());

    public static CompareQuery Parse(string?[]? h, string?[]? support, string?[]? category, string? diff, string? q, string? asof, string? vs = null, string? first = null)
    {
        var problems = new List<string>();
        var hypervisors = Clean(h).Distinct().ToList();
        var filters = new List<SupportFilter>();
        foreach (var value in Clean(support))
        {
            var parts = value.Split(':');
            if (parts.Length == 2 && parts[0].Length > 0 && SupportLevels.TryParse(parts[1], out var level)) filters.Add(new(parts[0], level));
            else problems.Add($"Ignored support filter \"{value}\": write hypervisor:level, for example kvm:no (levels: {string.Join(", ", SupportLevels.All.Select(SupportLevels.ToText))}).");
        }
        var diffOnly = Flag(diff, "diff", "to show only rows where the hypervisors differ", problems);
        var text = (q ?? "").Trim();
        if (text.Length > MaxTextLength)
        {
            problems.Add($"The search text was cut to {MaxTextLength} characters.");
            text = text[..MaxTextLength];
        }
        PartialDate? asOf = null;
        if (!string.IsNullOrWhiteSpace(asof))
        {
            if (PartialDate.TryParse(asof, out var date, out _) && !date.Approximate) asOf = date;
            else problems.Add($"Ignored asof=\"{Truncate(asof)}\": {AsOfError(asof)}. Showing today instead.");
        }
        PartialDate? versus = null;
        if (!string.IsNullOrWhiteSpace(vs))
        {
            if (!PartialDate.TryParse(vs, out var date, out _) || date.Approximate)
                problems.Add($"Ignored vs=\"{Truncate(vs)}\": {AsOfError(vs)}.");
            else if (asOf is null)
                problems.Add($"Ignored vs={date.Iso}: it marks what changed after asof, so give asof too (for example asof=2011&vs={date.Iso}).");
            else if (date.End <= asOf.Value.End)
                problems.Add($"Ignored vs={date.Iso}: it must be later than asof={asOf.Value.Iso}.");
            else versus = date;
        }
        var firstColumn = Flag(first, "first", "to add the column of who had each feature first", problems);
        return new CompareQuery(hypervisors, filters, Clean(category).Distinct().ToList(), diffOnly, text, asOf, problems) { Vs = versus, First = firstColumn };
    }

    /// <summary>
    /// The hypervisors to compare: those the URL names, else <paramref name="defaults"/> (which the content chooses),
    /// then any that a support filter names, at most <see cref="MaxHypervisors"/>.
    /// </summary>
    public CompareQuery Resolve(IReadOnlyList<string> defaults)
    {
        var hypervisors = (Hypervisors.Count > 0 ? Hypervisors : defaults).ToList();
        hypervisors.AddRange(Support.Select(f => f.HypervisorId).Where(id => !hypervisors.Contains(id)).Distinct());
        if (hypervisors.Count <= MaxHypervisors) return this with { Hypervisors = hypervisors };
        return this with { Hypervisors = hypervisors.Take(MaxHypervisors).ToList(), Problems = [.. Problems, $"Only the first {MaxHypervisors} hypervisors are compared."] };
    }

    /// <summary>Names of the parameters the comparison reads (the page adds <c>page</c>).</summary>
    public static readonly string[] ParameterNames = ["h", "support", "category", "diff", "q", "asof", "vs", "first"];

    /// <summary>
    /// The day the cells are shown as of: the end of the asof period (so "2011-07" includes July), or today; a date
    /// in the future shows today's state.
    /// </summary>
    public DateOnly Day(DateOnly today) => AsOf?.End is { } end && end < today ? end : today;

    /// <summary>The later day of a comparison between two dates, as <see cref="Day"/> reads its own date; null without <c>vs</c>.</summary>
    public DateOnly? VsDay(DateOnly today) => Vs?.End is { } end ? (end < today ? end : today) : null;

    private static string AsOfError(string asof)
    {
        if (asof.TrimStart().StartsWith('~')) return "an approximate date cannot pick the cells in force; write the date without ~";
        PartialDate.TryParse(asof, out _, out var error);
        return error.Contains("out of range", StringComparison.Ordinal) && error.StartsWith("year", StringComparison.Ordinal)
            ? $"{error}: the knowledge starts long after, so write a year from 1900 on"
            : error.Length > 0 ? error : "write a date as YYYY, YYYY-MM or YYYY-MM-DD";
    }

    /// <summary>True when any filter beyond the choice of hypervisors is set.</summary>
    public bool IsFiltered => Support.Count > 0 || Categories.Count > 0 || DiffOnly || Text.Length > 0;

    /// <summary>The canonical query string (without '?'), in a stable order, for links and exports.</summary>
    public string ToQueryString(bool includeFilters = true)
    {
        var parts = Hypervisors.Select(h => ("h", h)).ToList();
        if (includeFilters)
        {
            parts.AddRange(Support.Select(s => ("support", s.ToString())));
            parts.AddRange(Categories.Select(c => ("category", c)));
            if (DiffOnly) parts.Add(("diff", "1"));
            if (Text.Length > 0) parts.Add(("q", Text));
            if (First) parts.Add(("first", "1"));
        }
        if (AsOf is { } a) parts.Add(("asof", a.Iso));
        if (Vs is { } v) parts.Add(("vs", v.Iso));
        return string.Join('&', parts.Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2)}"));
    }

    private static IEnumerable<string> Clean(string?[]? values) =>
        (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Take(100);

    /// <summary>An on/off parameter: absent, empty or 0 is off; 1, true or on is on; anything else is off with a notice.</summary>
    private static bool Flag(string? value, string name, string purpose, List<string> problems)
    {
        if (value is null or "" or "0") return false;
        if (value is "1" or "true" or "on") return true;
        problems.Add($"Ignored {name}=\"{Truncate(value)}\": use {name}=1 {purpose}.");
        return false;
    }

    private static string Truncate(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
