using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Data;

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
    public static readonly IReadOnlyList<string> DefaultHypervisors = ["xen", "kvm"];
    public const int MaxHypervisors = 12;
    public const int MaxTextLength = 200;

    public static CompareQuery Parse(string?[]? h, string?[]? support, string?[]? category, string? diff, string? q, string? asof)
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
        if (hypervisors.Count == 0) hypervisors.AddRange(DefaultHypervisors);
        hypervisors.AddRange(filters.Select(f => f.HypervisorId).Where(id => !hypervisors.Contains(id)).Distinct());
        if (hypervisors.Count > MaxHypervisors)
        {
            problems.Add($"Only the first {MaxHypervisors} hypervisors are compared.");
            hypervisors = hypervisors.Take(MaxHypervisors).ToList();
        }
        var diffOnly = diff switch
        {
            null or "" or "0" => false,
            "1" or "true" or "on" => true,
            _ => Problem(problems, $"Ignored diff=\"{Truncate(diff)}\": use diff=1 to show only rows where the hypervisors differ."),
        };
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
            else problems.Add($"Ignored asof=\"{Truncate(asof)}\": write a date as YYYY, YYYY-MM or YYYY-MM-DD. Showing today instead.");
        }
        return new CompareQuery(hypervisors, filters, Clean(category).Distinct().ToList(), diffOnly, text, asOf, problems);
    }

    /// <summary>The day the cells are shown as of: the end of the asof period (so "2011-07" includes July), or today.</summary>
    public DateOnly Day(DateOnly today) => AsOf?.End ?? today;

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
        }
        if (AsOf is { } a) parts.Add(("asof", a.Iso));
        return string.Join('&', parts.Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2)}"));
    }

    private static IEnumerable<string> Clean(string?[]? values) =>
        (values ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).Take(100);

    private static bool Problem(List<string> problems, string message)
    {
        problems.Add(message);
        return false;
    }

    private static string Truncate(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
