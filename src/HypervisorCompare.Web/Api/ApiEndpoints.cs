using HypervisorCompare.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace HypervisorCompare.Web.Api;

/// <summary>The read-only JSON API (camelCase). Each endpoint is a couple of queries, whatever the row count.</summary>
public static class ApiEndpoints
{
    public static void MapApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapGet("/hypervisors", async (HypervisorContext db) =>
            (await db.Hypervisors.Include(h => h.Licences).Include(h => h.Stewards).OrderBy(h => h.Name).ToListAsync())
            .Select(h => new HypervisorDto(h.Id, h.Name, h.Type, h.Summary, h.Origin, h.FirstRelease?.ToString(), h.Website,
                h.Licences.Select(l => new LicenceDto(l.Component, l.Expression, l.Since?.ToString(), l.Until?.ToString(), SourceDto.From(l.Sources), CitationDto.From(l.Citation))).ToList(),
                h.Stewards.Select(s => new StewardDto(s.OrganisationId, s.Role, s.Since?.ToString(), s.Until?.ToString(), SourceDto.From(s.Sources), CitationDto.From(s.Citation))).ToList(),
                SourceDto.From(h.Sources), CitationDto.From(h.Citation))));

        api.MapGet("/features", async (HypervisorContext db) =>
        {
            var support = (await db.SupportRowsForReading().ToListAsync()).ToLookup(s => s.FeatureId);
            return (await db.Features.OrderBy(f => f.CategoryId).ThenBy(f => f.Name).ToListAsync())
                .Select(f => new FeatureDto(f.Id, f.Name, f.CategoryId, f.Description, f.Synonyms, support[f.Id].Select(SupportDto.From).ToList()));
        });

        api.MapGet("/timeline", async (HypervisorContext db) =>
            (await db.Events.ToListAsync()).OrderBy(e => e.Date).ThenBy(e => e.Id).Select(EventDto.From));

        api.MapGet("/articles", async (HypervisorContext db) =>
            await db.Articles.OrderBy(a => a.Title).Select(a => new ArticleDto(a.Slug, a.Title, a.Summary, a.About)).ToListAsync());
    }
}
