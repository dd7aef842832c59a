using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Timeline;

/// <summary>A support row that a release started (its since names the release) or ended (its until does).</summary>
public sealed record ChangedCell(Feature Feature, FeatureSupport Row, bool Started);

/// <summary>
/// The other direction of <see cref="ReleaseLinks"/>: for each release event, the support cells whose since or until
/// names it, so an event says what it changed ("With this release: PVH guests yes").
/// </summary>
public static class ChangedCells
{
    /// <summary>From the read model, once per generation (<see cref="ReadModel.ChangedCells"/>).</summary>
    public static ILookup<string, ChangedCell> Of(ReadModel model)
    {
        var releases = model.Releases;
        var features = model.Features.ToDictionary(f => f.Id);
        return model.SupportRows.SelectMany(r => new[] { (Event: releases.EventFor(r.HypervisorId, r.Since), Row: r, Started: true), (Event: releases.EventFor(r.HypervisorId, r.Until), Row: r, Started: false) })
            .Where(x => x.Event is not null && features.ContainsKey(x.Row.FeatureId))
            .OrderBy(x => features[x.Row.FeatureId].Name, StringComparer.OrdinalIgnoreCase)
            .ToLookup(x => x.Event!, x => new ChangedCell(features[x.Row.FeatureId], x.Row, x.Started));
    }
}

/// <summary>One cell a release changed, as it stood the day before the release and just after it.</summary>
public sealed record EventChange(Feature Feature, string Hypervisor, ComparisonCell Before, ComparisonCell After);
