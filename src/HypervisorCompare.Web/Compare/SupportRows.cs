using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Compare;

/// <summary>The support table as pages and the API read it.</summary>
public static class SupportRows
{
    /// <summary>
    /// Every column of each row, materialised through a projection: an entity query attaches the owned Since and
    /// Until through a delegate that EF Core builds again for every row, which costs more than reading the row.
    /// </summary>
    public static IQueryable<FeatureSupport> SupportRowsForReading(this HypervisorContext db) => db.Support.Select(s => new FeatureSupport
    {
        Key = s.Key,
        FeatureId = s.FeatureId,
        HypervisorId = s.HypervisorId,
        Level = s.Level,
        Note = s.Note,
        Since = s.Since,
        Until = s.Until,
        Sources = s.Sources,
        InheritedFrom = s.InheritedFrom,
        Citation = s.Citation,
    });
}
