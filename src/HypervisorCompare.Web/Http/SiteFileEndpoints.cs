using System.Xml.Linq;
using HypervisorCompare.Content.Schema;
using Microsoft.EntityFrameworkCore;

namespace HypervisorCompare.Web.Http;

/// <summary>
/// <c>/sitemap.xml</c> (every page of the knowledge base, from the database), <c>/robots.txt</c> and the front-matter schema
/// for editors (<c>/schema/front-matter.schema.json</c>).
/// </summary>
public static class SiteFileEndpoints
{
    private static readonly XNamespace Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static void MapSiteFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sitemap.xml", async (HttpRequest request, HypervisorContext db, SiteAddress site) =>
        {
            var root = site.Root(request);
            var urls = (await PathsAsync(db)).Select(path => new XElement(Ns + "url", new XElement(Ns + "loc", root + path)));
            var xml = new XDocument(new XDeclaration("1.0", "utf-8", null), new XElement(Ns + "urlset", urls));
            return Results.Text(xml.Declaration + "\n" + xml.Root, "application/xml; charset=utf-8");
        });
        // The Sitemap line must be absolute: without a known site address it is left out rather than guessed.
        app.MapGet("/robots.txt", (HttpRequest request, SiteAddress site) => Results.Text($"""
            User-agent: *
            Disallow: /search
            Disallow: /api/
            {(site.Root(request) is { Length: > 0 } root ? $"Sitemap: {root}/sitemap.xml" : "")}

            """, "text/plain; charset=utf-8"));
        // The front-matter schema is generated from the code, not the content: it changes with a deploy, never at ingest.
        app.MapGet($"/schema/{FrontMatterSchema.FileName}", () => Results.Text(FrontMatterSchema.Json, "application/schema+json; charset=utf-8"));
    }

    /// <summary>Every page worth indexing, as site-relative paths; search result pages are left out on purpose.</summary>
    public static async Task<IReadOnlyList<string>> PathsAsync(HypervisorContext db)
    {
        IEnumerable<string> paths =
        [
            "/", ComparePage.Url(), HypervisorList.Url(), ArticleList.Url(), LicenceList.Url(), GlossaryPage.Url(),
            TimelinePage.Url(), FeatureList.Url(),
            .. (await db.Hypervisors.OrderBy(h => h.Id).Select(h => h.Id).ToListAsync()).Select(id => HypervisorPage.Url(id)),
            .. (await db.Articles.OrderBy(a => a.Slug).Select(a => a.Slug).ToListAsync()).Select(slug => ArticlePage.Url(slug)),
            .. (await db.Licences.OrderBy(l => l.Id).Select(l => l.Id).ToListAsync()).Select(LicencePage.Url),
            .. (await db.Features.OrderBy(f => f.Id).Select(f => f.Id).ToListAsync()).Select(id => FeatureList.Url(id)),
        ];
        return paths.ToList();
    }
}
