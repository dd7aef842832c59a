using System.ComponentModel;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;

namespace HypervisorCompare.Web.Api;

/// <summary>
/// The read-only JSON API (camelCase): each collection (<see cref="ApiCollections"/>) and each of its items, the
/// comparison (<see cref="CompareEndpoints"/>) and their OpenAPI document. Everything but articles comes from the read
/// model; every error is <c>application/problem+json</c> (RFC 9457).
/// </summary>
public static class ApiEndpoints
{
    /// <summary>Open to any origin, without credentials (there are none: the API is public and read-only).</summary>
    public const string CorsPolicy = "api";

    public static void AddApi(this IServiceCollection services)
    {
        services.AddCors(cors => cors.AddPolicy(CorsPolicy, policy => policy
            .AllowAnyOrigin()
            .WithMethods(HttpMethods.Get, HttpMethods.Head)
            .AllowAnyHeader()
            .WithExposedHeaders(HeaderNames.Link, ApiPage.TotalCountHeader, HeaderNames.ETag, HeaderNames.LastModified, SecurityHeaders.ContentVersionHeader)
            .SetPreflightMaxAge(TimeSpan.FromDays(1))));
        services.AddApiDocument();
    }

    public static void MapApi(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi().RequireCors(CorsPolicy);
        var api = app.MapGroup("/api").RequireCors(CorsPolicy).DescribedAsApi();

        api.MapGet("/hypervisors", ApiCollections.Hypervisors).Paged().WithTags("Hypervisors")
            .WithSummary("Every hypervisor and product, in the content's display order");
        api.MapGet("/hypervisors/{id}", async Task<Results<Ok<HypervisorDto>, ProblemHttpResult>> (
                [Description("A hypervisor's id, such as kvm.")] string id, ReadModels models, RequestSnapshot snapshot) =>
            await models.ForAsync(snapshot) is var model && model.Hypervisors.FirstOrDefault(h => h.Id == id) is { } h
                ? TypedResults.Ok(HypervisorDto.From(h))
                : ApiProblems.NotFound("hypervisor", id, model.Hypervisors.Select(x => x.Id).ToList()))
            .WithSummary("One hypervisor").WithTags("Hypervisors").ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/features", ApiCollections.Features).Paged().WithQuery(ApiCollections.FeatureParameters).WithTags("Features")
            .WithSummary("Every feature with its support rows and who had it first, by category");
        api.MapGet("/features/{id}", async Task<Results<Ok<FeatureDto>, ProblemHttpResult>> (
                [Description("A feature's id, such as live-migration.")] string id, ReadModels models, RequestSnapshot snapshot, TimeProvider clock) =>
            await models.ForAsync(snapshot) is var model && model.Features.FirstOrDefault(f => f.Id == id) is { } f
                ? TypedResults.Ok(FeatureDto.From(f, model.SupportRows.Where(s => s.FeatureId == id).ToList(), model.Hypervisors, clock.UtcToday()))
                : ApiProblems.NotFound("feature", id, null))
            .WithSummary("One feature").WithTags("Features").ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/timeline", ApiCollections.Timeline).Paged().WithQuery(ApiCollections.TimelineParameters).WithTags("Timeline")
            .WithSummary("The timeline's events in date order, filtered as on the timeline page");
        api.MapGet("/timeline/{id}", async Task<Results<Ok<EventDto>, ProblemHttpResult>> (
                [Description("An event's id, such as xen-1-0.")] string id, ReadModels models, RequestSnapshot snapshot) =>
            (await models.ForAsync(snapshot)).Events.FirstOrDefault(e => e.Id == id) is { } e
                ? TypedResults.Ok(EventDto.From(e))
                : ApiProblems.NotFound("event", id, null))
            .WithSummary("One event").WithTags("Timeline").ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/articles", ApiCollections.Articles).Paged().WithTags("Articles")
            .WithSummary("Every article's slug, title and summary, by title");
        api.MapGet("/articles/{slug}", async Task<Results<Ok<ArticleDto>, ProblemHttpResult>> (
                [Description("An article's slug, as in /articles/{slug}.")] string slug, HypervisorContext db) =>
            await db.Articles.Where(a => a.Slug == slug).Select(a => new ArticleDto(a.Slug, a.Title, a.Summary, a.About)).FirstOrDefaultAsync() is { } a
                ? TypedResults.Ok(a)
                : ApiProblems.NotFound("article", slug, null))
            .WithSummary("One article's summary").WithTags("Articles").ProducesProblem(StatusCodes.Status404NotFound);

        api.MapCompareApi();
    }
}
