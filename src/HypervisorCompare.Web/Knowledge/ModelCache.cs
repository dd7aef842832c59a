using Microsoft.Extensions.Caching.Memory;

namespace HypervisorCompare.Web.Knowledge;

/// <summary>
/// Read models computed from the database (the comparison matrix before filters), kept per content version: a served
/// generation never changes, so a page without an output-cache hit still skips the queries and the materialising,
/// which were half of its cost (docs/performance.md). Bounded by the number of cells held; emptied when a new
/// generation goes live, and keyed on the version so an entry computed from an older one is never served.
/// </summary>
public sealed class ModelCache
{
    /// <summary>Cells (feature × hypervisor) held at most: about 40 MB, a few hundred real-content comparisons.</summary>
    public const long SizeLimit = 200_000;

    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = SizeLimit });

    public ModelCache(KnowledgeDatabase database) => database.VersionChanged += _ => Clear();

    /// <summary>For tests and tools that have no database service: a cache no version change ever clears.</summary>
    internal ModelCache() { }

    public int Count => _cache.Count;

    public void Clear() => _cache.Clear();

    public Versioned For(RequestSnapshot snapshot) => new(this, snapshot.Version);

    public async Task<T> GetOrCreateAsync<T>(string version, string key, Func<Task<T>> create, Func<T, long> size) where T : class
    {
        if (_cache.TryGetValue((version, key), out T? hit) && hit is not null) return hit;
        var value = await create();
        // An answer larger than the whole cache is served but not kept.
        var entrySize = Math.Max(1, size(value));
        if (entrySize <= SizeLimit) _cache.Set((version, key), value, new MemoryCacheEntryOptions { Size = entrySize });
        return value;
    }

    /// <summary>The cache seen from one request: every key is scoped to the generation that request reads.</summary>
    public readonly record struct Versioned(ModelCache Cache, string Version)
    {
        public Task<T> GetOrCreateAsync<T>(string key, Func<Task<T>> create, Func<T, long> size) where T : class =>
            Cache.GetOrCreateAsync(Version, key, create, size);
    }
}
