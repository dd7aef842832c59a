using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace HypervisorCompare.Web.Api;

/// <summary>
/// The four collections, each paged (<see cref="ApiPage"/>) and filtered by its page's parameters, read by that page's
/// binder. A filter value that names nothing is a 400: a tool silently given other items than it asked for would be misled.
/// </summary>
public static class ApiCollections
{
    public static readonly QueryParameter[] FeatureParameters =
    [
        new("h", "Keep only these hypervisors' support and parity rows (repeat for several); an unknown id is a 400 naming the known ones.", Repeat: true),
        new("category", "Keep only the features of these categories (repeat for several); an unknown id is a 400 naming the known ones.", Repeat: true),
    ];

    public static readonly QueryParameter[] TimelineParameters =
    [
        new("h", "Events naming these hypervisors, and those naming none (repeat for several), as on /timeline; an unknown id is a 400 naming the known ones.", Repeat: true),
        new("kind", $"Events of these kinds (repeat for several): {string.Join(", ", HypervisorCompare.Content.Model.TimelineEvent.Kinds)}.", Repeat: true),
        new("from", "Events on or after this date: a year, month or day (2007, 2007-10, 2007-10-22); an imprecise date matches when any day it can mean does."),
        new("to", "Events on or before this date, written as from."),
        new("q", $"Events whose title, description, id or kind contain every word (at most {TimelineFilter.MaxQueryLength} characters)."),
    ];

    public static async Task<Results<Ok<List<HypervisorDto>>, ProblemHttpResult>> Hypervisors(HttpContext http, ReadModels models, RequestSnapshot snapshot)
    {
        if (!ApiPage.TryParse(http.Request.Query, out var page, out var problem)) return problem!;
        var all = (await models.ForAsync(snapshot)).Hypervisors;
        return page.Answer(http, page.Of(all).Select(HypervisorDto.From).ToList(), all.Count);
    }

    public static async Task<Results<Ok<List<FeatureDto>>, ProblemHttpResult>> Features(HttpContext http, ReadModels models, RequestSnapshot snapshot, TimeProvider clock)
    {
        if (!ApiPage.TryParse(http.Request.Query, out var page, out var problem)) return problem!;
        var model = await models.ForAsync(snapshot);
        var query = CompareQuery.From(http.Request.Query);
        if (Unknown("h", "hypervisor", query.Hypervisors, model.Hypervisors.Select(h => h.Id).ToList()) is { } badHypervisor) return badHypervisor;
        if (Unknown("category", "category", query.Categories, model.Categories.Select(c => c.Id).ToList()) is { } badCategory) return badCategory;
        var features = model.Features.Where(f => query.Categories.Count == 0 || query.Categories.Contains(f.CategoryId))
            .OrderBy(f => f.CategoryId, StringComparer.Ordinal).ToList();
        var support = model.SupportRows.ToLookup(s => s.FeatureId);
        var today = clock.UtcToday();
        return page.Answer(http, page.Of(features)
            .Select(f => FeatureDto.From(f, support[f.Id].ToList(), model.Hypervisors, today).Only(query.Hypervisors)).ToList(), features.Count);
    }

    public static async Task<Results<Ok<List<EventDto>>, ProblemHttpResult>> Timeline(HttpContext http, ReadModels models, RequestSnapshot snapshot, TimeProvider clock)
    {
        if (!ApiPage.TryParse(http.Request.Query, out var page, out var problem)) return problem!;
        var model = await models.ForAsync(snapshot);
        var filter = TimelineFilter.Parse(TimelineQuery.FromRequest(http.Request.Query), model.Hypervisors.Select(h => h.Id).ToList());
        if (!filter.IsValid) return ApiProblems.BadQuery("The timeline cannot use these parameters", filter.Notices);
        var events = TimelineData.Matching(model, filter, clock.UtcToday());
        return page.Answer(http, page.Of(events).Select(EventDto.From).ToList(), events.Count);
    }

    public static async Task<Results<Ok<List<ArticleDto>>, ProblemHttpResult>> Articles(HttpContext http, HypervisorContext db)
    {
        if (!ApiPage.TryParse(http.Request.Query, out var page, out var problem)) return problem!;
        var total = await db.Articles.CountAsync();
        var items = await db.Articles.OrderBy(a => a.Title).ThenBy(a => a.Slug).Skip(page.Skip(total)).Take(page.Limit)
            .Select(a => new ArticleDto(a.Slug, a.Title, a.Summary, a.About)).ToListAsync();
        return page.Answer(http, items, total);
    }

    private static ProblemHttpResult? Unknown(string parameter, string what, IReadOnlyList<string> given, IReadOnlyList<string> known)
    {
        var unknown = given.Where(g => !known.Contains(g)).ToList();
        if (unknown.Count == 0) return null;
        var shown = string.Join(", ", unknown.Take(5).Select(u => $"\"{(u.Length > 40 ? u[..40] + "…" : u)}\""));
        return ApiProblems.BadParameter(parameter, [$"Unknown {what} {shown}: known ids are {string.Join(", ", known)}."]);
    }
}
