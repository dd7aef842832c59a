using Microsoft.EntityFrameworkCore;

namespace HypervisorCompare.Web.Api;

/// <summary>
/// The read-only JSON API (camelCase): each collection and each of its items. Hypervisors and features come from the
/// read model; the others are a query each, whatever the row count; every error is <c>application/problem+json</c> (RFC 9457).
/// </summary>
public static class ApiEndpoints
{
    public static void MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/hypervisors", async (ReadModels models, RequestSnapshot snapshot) =>
            (await models.ForAsync(snapshot)).Hypervisors.Select(HypervisorDto.From));
        api.MapGet("/hypervisors/{id}", async (string id, ReadModels models, RequestSnapshot snapshot) =>
            await models.ForAsync(snapshot) is var model && model.Hypervisors.FirstOrDefault(h => h.Id == id) is { } h
                ? Results.Ok(HypervisorDto.From(h))
                : NotFound("hypervisor", id, model.Hypervisors.Select(x => x.Id).ToList()));

        api.MapGet("/features", async (ReadModels models, RequestSnapshot snapshot, TimeProvider clock) =>
        {
            var model = await models.ForAsync(snapshot);
            var support = model.SupportRows.ToLookup(s => s.FeatureId);
            return model.Features.OrderBy(f => f.CategoryId, StringComparer.Ordinal)
                .Select(f => FeatureDto.From(f, support[f.Id].ToList(), model.Hypervisors, clock.UtcToday()));
        });
        api.MapGet("/features/{id}", async (string id, ReadModels models, RequestSnapshot snapshot, TimeProvider clock) =>
            await models.ForAsync(snapshot) is var model && model.Features.FirstOrDefault(f => f.Id == id) is { } f
                ? Results.Ok(FeatureDto.From(f, model.SupportRows.Where(s => s.FeatureId == id).ToList(), model.Hypervisors, clock.UtcToday()))
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

    private static IResult NotFound(string kind, string id, IReadOnlyList<string>? known) =>
        Results.Problem(statusCode: StatusCodes.Status404NotFound, title: $"Unknown {kind}",
            detail: $"No {kind} has the id \"{id}\"." + (known is null ? "" : $" Known ids: {string.Join(", ", known)}."));
}
