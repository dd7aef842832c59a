using HypervisorCompare.Content.Model;
using Microsoft.EntityFrameworkCore;

namespace HypervisorCompare.Web.Api;

/// <summary>
/// The read-only JSON API (camelCase): each collection and each of its items. Each endpoint is a couple of queries,
/// whatever the row count; every error is <c>application/problem+json</c> (RFC 9457).
/// </summary>
public static class ApiEndpoints
{
    public static void MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/hypervisors", async (HypervisorContext db) =>
            (await Hypervisors(db).InDisplayOrder().ToListAsync()).Select(HypervisorDto.From));
        api.MapGet("/hypervisors/{id}", async (string id, HypervisorContext db) =>
            await Hypervisors(db).FirstOrDefaultAsync(h => h.Id == id) is { } h
                ? Results.Ok(HypervisorDto.From(h))
                : NotFound("hypervisor", id, await db.Hypervisors.InDisplayOrder().Select(x => x.Id).ToListAsync()));

        api.MapGet("/features", async (HypervisorContext db, TimeProvider clock) =>
        {
            var support = (await db.SupportRowsForReading().ToListAsync()).ToLookup(s => s.FeatureId);
            var hypervisors = await db.Hypervisors.InDisplayOrder().ToListAsync();
            return (await db.Features.OrderBy(f => f.CategoryId).ThenBy(f => f.Name).ToListAsync())
                .Select(f => FeatureDto.From(f, support[f.Id].ToList(), hypervisors, clock.UtcToday()));
        });
        api.MapGet("/features/{id}", async (string id, HypervisorContext db, TimeProvider clock) =>
            await db.Features.FirstOrDefaultAsync(f => f.Id == id) is { } f
                ? Results.Ok(FeatureDto.From(f, await db.SupportRowsForReading().Where(s => s.FeatureId == id).ToListAsync(),
                    await db.Hypervisors.InDisplayOrder().ToListAsync(), clock.UtcToday()))
                : NotFound("feature", id, null));

        api.MapGet("/timeline", async (HypervisorContext db) =>
            (await db.Events.ToListAsync()).OrderBy(e => e.Date).ThenBy(e => e.Id).Select(EventDto.From));
        api.MapGet("/timeline/{id}", async (string id, HypervisorContext db) =>
            await db.Events.FirstOrDefaultAsync(e => e.Id == id) is { } e ? Results.Ok(EventDto.From(e)) : NotFound("event", id, null));

        api.MapGet("/articles", async (HypervisorContext db) =>
            await db.Articles.OrderBy(a => a.Title).Select(a => new ArticleDto(a.Slug, a.Title, a.Summary, a.About)).ToListAsync());
        api.MapGet("/articles/{slug}", async (string slug, HypervisorContext db) =>
            await db.Articles.Where(a => a.Slug == slug).Select(a => new ArticleDto(a.Slug, a.Title, a.Summary, a.About)).FirstOrDefaultAsync() is { } a
                ? Results.Ok(a)
                : NotFound("article", slug, null));
    }

    private static IQueryable<Hypervisor> Hypervisors(HypervisorContext db) => db.Hypervisors.Include(h => h.Licences).Include(h => h.Stewards);

    private static IResult NotFound(string kind, string id, IReadOnlyList<string>? known) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"Unknown {kind}",
            detail: $"No {kind} has the id \"{id}\"." + (known is null ? "" : $" Known ids: {string.Join(", ", known)}."));
}
