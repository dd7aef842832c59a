using HypervisorCompare.Content.Model;
using Microsoft.EntityFrameworkCore;

namespace HypervisorCompare.Web.Knowledge;

/// <summary>
/// What the comparison, the profiles and the timeline read on every request and what changes only at ingest: read
/// once per database generation (<see cref="ReadModels"/>) and then shared, read-only, by every request of it. Article
/// bodies, the glossary and search stay in SQLite: they are large or searched, and each request reads few of them.
/// </summary>
public sealed class ReadModel
{
    /// <summary>Every hypervisor and product, with licences and stewards, in display order.</summary>
    public required IReadOnlyList<Hypervisor> Hypervisors { get; init; }
    public required IReadOnlyList<Category> Categories { get; init; }
    /// <summary>Features by name.</summary>
    public required IReadOnlyList<Feature> Features { get; init; }
    /// <summary>Every support row (stated and inherited), by feature and hypervisor.</summary>
    public required ILookup<(string FeatureId, string HypervisorId), FeatureSupport> Support { get; init; }
    /// <summary>Every support row, in key order.</summary>
    public required IReadOnlyList<FeatureSupport> SupportRows { get; init; }
    public required ReleaseLinks Releases { get; init; }
    /// <summary>Every event, in date order (then id): the timeline filters, pages and shows them from here.</summary>
    public required IReadOnlyList<TimelineEvent> Events { get; init; }
    /// <summary>Every era, by start date (then id).</summary>
    public required IReadOnlyList<Era> Eras { get; init; }

    /// <summary>For each release event, the support cells whose since or until names it.</summary>
    public ILookup<string, ChangedCell> ChangedCells => _changed.Value;
    private readonly Lazy<ILookup<string, ChangedCell>> _changed;

    public ReadModel() => _changed = new(() => Timeline.ChangedCells.Of(this));

    /// <summary>Names by id, for the base an inherited cell names.</summary>
    public IReadOnlyDictionary<string, string> Names => _names ??= Hypervisors.ToDictionary(h => h.Id, h => h.Name);
    private IReadOnlyDictionary<string, string>? _names;

    /// <summary>Eight queries, whatever the size of the content.</summary>
    public static async Task<ReadModel> LoadAsync(HypervisorContext db)
    {
        // Shared read-only by every request: nothing is tracked (owned types cannot be projected while tracking).
        db.ChangeTracker.QueryTrackingBehavior = QueryTrackingBehavior.NoTracking;
        var hypervisors = (await db.Hypervisors.Include(h => h.Licences).Include(h => h.Stewards).AsSplitQuery().ToListAsync()).InDisplayOrder().ToList();
        var categories = await db.Categories.OrderBy(c => c.Order).ThenBy(c => c.Name).ToListAsync();
        var features = await db.Features.OrderBy(f => f.Name).ToListAsync();
        var support = await db.SupportRowsForReading().OrderBy(s => s.Key).ToListAsync();
        var events = (await db.Events.ToListAsync()).OrderBy(e => e.Date).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        var eras = (await db.Eras.ToListAsync()).OrderBy(e => e.From).ThenBy(e => e.Id, StringComparer.Ordinal).ToList();
        return new ReadModel
        {
            Hypervisors = hypervisors,
            Categories = categories,
            Features = features,
            Support = support.ToLookup(s => (s.FeatureId, s.HypervisorId)),
            SupportRows = support,
            Releases = ReleaseLinks.From(events),
            Events = events,
            Eras = eras,
        };
    }
}

/// <summary>
/// The read model of the generation being served. A request asks for the model of the generation it reads; the
/// first request of a new generation loads it (with its own connection, so no request's lifetime bounds the load)
/// and later ones share it. Two generations are kept, so requests still reading the previous one while the next goes
/// live do not make the two evict each other; a failed load is tried again by the next request.
/// </summary>
public sealed class ReadModels
{
    private readonly Lock _lock = new();
    private (string Version, Task<ReadModel> Model)? _current, _previous;

    public Task<ReadModel> ForAsync(RequestSnapshot snapshot)
    {
        lock (_lock)
        {
            foreach (var kept in new[] { _current, _previous })
                if (kept is { } k && k.Version == snapshot.Version && !k.Model.IsFaulted) return k.Model;
            var model = Load(snapshot.ConnectionString);
            (_previous, _current) = (_current, (snapshot.Version, model));
            return model;
        }
    }

    private static async Task<ReadModel> Load(string connectionString)
    {
        await using var db = new HypervisorContext(new DbContextOptionsBuilder<HypervisorContext>()
            .UseSqlite(connectionString).UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking).Options);
        return await ReadModel.LoadAsync(db);
    }
}
