using System.Globalization;
using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Compare;

/// <summary>How a hypervisor stands against the first to support a feature.</summary>
public enum ParityStanding { First, Later, NotYet, YesUndated, Unknown, NotApplicable, NotResearched }

/// <summary>
/// One hypervisor's way to a feature: when its support became partial and when yes (the earliest dated rows of
/// those levels, with the rows that state them), and its lag behind the first, as precise as both dates allow.
/// </summary>
public sealed record ParityRow(Hypervisor Hypervisor, ParityStanding Standing, PartialDate? Partial, FeatureSupport? PartialRow,
    PartialDate? Yes, FeatureSupport? YesRow, string Lag, int? LagMonths);

/// <summary>"Who had it first, and by how long", computed from the support cells' since dates.</summary>
public sealed record FeatureParity(string FeatureId, IReadOnlyList<ParityRow> Rows)
{
    /// <summary>The rows of the hypervisors that reached yes first (more than one when their dates cannot be told apart).</summary>
    public IEnumerable<ParityRow> First => Rows.Where(r => r.Standing == ParityStanding.First);

    /// <summary>The earliest dated yes, or null when no hypervisor has one.</summary>
    public PartialDate? FirstSince => First.Select(r => r.Yes!.Value).Order().Cast<PartialDate?>().FirstOrDefault();

    /// <summary>
    /// Computes the parity of one feature. <paramref name="support"/> holds that feature's rows for any hypervisors;
    /// <paramref name="today"/> measures how far behind a hypervisor that never reached yes is.
    /// </summary>
    public static FeatureParity Compute(string featureId, IReadOnlyList<Hypervisor> hypervisors, IEnumerable<FeatureSupport> support, DateOnly today)
    {
        var rows = support.Where(s => s.FeatureId == featureId).ToLookup(s => s.HypervisorId);
        var arrivals = hypervisors.Select(h => (Hypervisor: h, Rows: rows[h.Id].ToList(),
            Yes: Earliest(rows[h.Id], SupportLevel.Yes), Partial: Earliest(rows[h.Id], SupportLevel.Yes, SupportLevel.Partial))).ToList();
        var first = arrivals.Where(a => a.Yes is not null).Select(a => a.Yes!.Since!.Date!.Value).DefaultIfEmpty().Min();
        var anyFirst = arrivals.Any(a => a.Yes is not null);
        return new FeatureParity(featureId, arrivals.Select(a =>
        {
            var yes = a.Yes?.Since?.Date;
            var partial = a.Partial?.Since?.Date;
            var (standing, lag, months) = a switch
            {
                { Rows.Count: 0 } => (ParityStanding.NotResearched, "not researched yet", (int?)null),
                // Dates that cannot be told apart at their precision (the same year, or month) share the lead.
                _ when yes is { } y && Months(first, y) <= 0 => (ParityStanding.First, "first", 0),
                _ when yes is { } y => (ParityStanding.Later, Lag(first, y), Months(first, y)),
                _ when a.Rows.Any(r => r.Level == SupportLevel.Yes) => (ParityStanding.YesUndated, "yes, on a date the content does not give", null),
                _ when a.Rows.All(r => r.Level == SupportLevel.NotApplicable) => (ParityStanding.NotApplicable, "does not apply", null),
                _ when a.Rows.All(r => r.Level == SupportLevel.Unknown) => (ParityStanding.Unknown, "not known", null),
                _ when anyFirst => (ParityStanding.NotYet, Behind(first, today), null),
                _ => (ParityStanding.NotYet, "not yet", null),
            };
            return new ParityRow(a.Hypervisor, standing, partial, a.Partial, yes, a.Yes, lag, months);
        }).ToList());
    }

    /// <summary>The row of those levels whose since date is earliest, or null when none is dated.</summary>
    private static FeatureSupport? Earliest(IEnumerable<FeatureSupport> rows, params SupportLevel[] levels) =>
        rows.Where(r => levels.Contains(r.Level) && r.Since?.Date is not null).MinBy(r => r.Since!.Date!.Value);

    /// <summary>Whole months from <paramref name="first"/> to <paramref name="later"/>; whole years (as months) when either has only a year.</summary>
    public static int Months(PartialDate first, PartialDate later) =>
        first.Precision == DatePrecision.Year || later.Precision == DatePrecision.Year
            ? (later.Year - first.Year) * 12
            : later.Year * 12 + later.Month!.Value - (first.Year * 12 + first.Month!.Value);

    /// <summary>
    /// The lag in words, never more precise than the dates: in years when either date has only its year, in years
    /// and months otherwise; "about" when either is approximate.
    /// </summary>
    public static string Lag(PartialDate first, PartialDate later)
    {
        var about = first.Approximate || later.Approximate ? "about " : "";
        var months = Months(first, later);
        var yearsOnly = first.Precision == DatePrecision.Year || later.Precision == DatePrecision.Year;
        if (months <= 0) return about + (yearsOnly ? "the same year" : "the same month");
        return about + Duration(months) + " later";
    }

    /// <summary>How long a hypervisor that never reached yes has been behind the first, in years.</summary>
    public static string Behind(PartialDate first, DateOnly today)
    {
        var years = today.Year - first.Year;
        return years <= 0 ? "not yet" : $"not yet, {(first.Approximate ? "about " : "")}{Plural(years, "year")} behind";
    }

    /// <summary>A number of months as "4 years 2 months", "1 year", "3 months".</summary>
    public static string Duration(int months)
    {
        var (years, rest) = (months / 12, months % 12);
        return string.Join(' ', new[] { years > 0 ? Plural(years, "year") : "", rest > 0 ? Plural(rest, "month") : "" }.Where(p => p.Length > 0));
    }

    private static string Plural(int n, string unit) => string.Create(CultureInfo.InvariantCulture, $"{n} {unit}{(n == 1 ? "" : "s")}");
}

/// <summary>
/// Where one hypervisor led and where it followed, over every feature: led when it was first to full support while
/// another reached it later or has not yet; followed when another was first, with the median of those lags.
/// </summary>
public sealed record ParityLead(IReadOnlyList<Feature> Led, IReadOnlyList<(Feature Feature, ParityRow Row)> Followed)
{
    public int? MedianMonths => Followed.Count == 0 ? null
        : Followed.Select(f => f.Row.LagMonths ?? 0).Order().ElementAt(Followed.Count / 2);

    public static ParityLead Of(string hypervisorId, IReadOnlyList<Feature> features, IReadOnlyList<Hypervisor> hypervisors,
        IReadOnlyList<FeatureSupport> support, DateOnly today)
    {
        var byFeature = support.ToLookup(s => s.FeatureId);
        var led = new List<Feature>();
        var followed = new List<(Feature, ParityRow)>();
        foreach (var feature in features)
        {
            var parity = FeatureParity.Compute(feature.Id, hypervisors, byFeature[feature.Id], today);
            var own = parity.Rows.First(r => r.Hypervisor.Id == hypervisorId);
            if (own.Standing == ParityStanding.First && parity.Rows.Any(r => r.Standing is ParityStanding.Later or ParityStanding.NotYet))
                led.Add(feature);
            else if (own.Standing == ParityStanding.Later) followed.Add((feature, own));
        }
        return new ParityLead(led, followed);
    }
}
