using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Content.Validation;

/// <summary>Checks on facts themselves: sources, dates and the completeness of the support matrix.</summary>
internal static class FactChecks
{
    public static void Sources(DiagnosticBag diagnostics, Citation at, List<SourceLink> sources, string what)
    {
        if (sources.Count == 0) diagnostics.Error(at, $"{what} has no source: add at least one http(s) link");
        foreach (var bad in sources.Where(s => !s.IsWebUrl))
            diagnostics.Error(at, $"source '{bad.Url}' of {what} is not an absolute http(s) URL");
    }

    /// <summary>Pages link websites directly, so anything but http(s) (javascript:, data:) must never get that far.</summary>
    public static void Website(DiagnosticBag diagnostics, Citation at, string? website, string what)
    {
        if (!string.IsNullOrEmpty(website) && !new SourceLink(website, "").IsWebUrl)
            diagnostics.Error(at, $"website '{website}' of {what} is not an absolute http(s) URL");
    }

    public static void NotFuture(DiagnosticBag diagnostics, Citation at, PartialDate date, DateOnly today)
    {
        if (date.Start > today) diagnostics.Error(at, $"date {date} is in the future");
    }

    public static void Period(DiagnosticBag diagnostics, Citation at, PartialDate? since, PartialDate? until, DateOnly today)
    {
        if (since is { } s) NotFuture(diagnostics, at, s, today);
        if (until is { } u) NotFuture(diagnostics, at, u, today);
        if (since is { } a && until is { } b && a.Start > b.Start) diagnostics.Error(at, $"since {a} is after until {b}");
    }

    /// <summary>Rows for one feature and hypervisor must not be in force at the same time.</summary>
    public static void Overlaps(DiagnosticBag diagnostics, List<FeatureSupport> support)
    {
        foreach (var group in support.GroupBy(s => (s.FeatureId, s.HypervisorId)).Where(g => g.Count() > 1))
        {
            var rows = group.ToList();
            for (var i = 1; i < rows.Count; i++)
            {
                var clash = rows.Take(i).FirstOrDefault(earlier => Overlap(earlier, rows[i]));
                if (clash is not null)
                    diagnostics.Error(rows[i].Citation,
                        $"support of '{group.Key.FeatureId}' by '{group.Key.HypervisorId}' overlaps the row at {clash.Citation.Path}:{clash.Citation.Line}: " +
                        "give the earlier row an 'until' no later than the later row's 'since'");
            }
        }
    }

    private static bool Overlap(FeatureSupport a, FeatureSupport b) =>
        (a.Since?.Date?.Start ?? DateOnly.MinValue) < (b.Until?.Date?.Start ?? DateOnly.MaxValue)
        && (b.Since?.Date?.Start ?? DateOnly.MinValue) < (a.Until?.Date?.Start ?? DateOnly.MaxValue);
}
