using HypervisorCompare.Content.Model;
using Microsoft.EntityFrameworkCore;

namespace HypervisorCompare.Web.Timeline;

/// <summary>Events whose title or description names a feature (by name or synonym): one query per name, at most six.</summary>
public static class RelatedEvents
{
    public static async Task<List<TimelineEvent>> FindAsync(HypervisorContext db, Feature feature)
    {
        var found = new Dictionary<string, TimelineEvent>();
        foreach (var name in feature.Synonyms.Prepend(feature.Name).Where(n => n.Length >= 3).Take(6))
        {
            var pattern = "%" + name.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            var matches = await db.Events
                .Where(e => EF.Functions.Like(e.Title, pattern, "\\") || EF.Functions.Like(e.Description, pattern, "\\"))
                // Ordered before the cut, so the same content always names the same events (an export is the same bytes).
                .OrderBy(e => e.Id).Take(50).ToListAsync();
            foreach (var e in matches) found.TryAdd(e.Id, e);
        }
        return found.Values.OrderBy(e => e.Date).ToList();
    }
}
