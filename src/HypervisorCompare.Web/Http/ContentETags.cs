using System.Globalization;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Net.Http.Headers;

namespace HypervisorCompare.Web.Http;

/// <summary>
/// Gives pages and API answers a weak ETag made of the content version, the UTC day (pages show facts "as of today")
/// and the path and query, and answers a matching <c>If-None-Match</c> with 304 before anything is rendered.
/// </summary>
public sealed class ContentETags(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, RequestSnapshot snapshot)
    {
        if (!IsContent(context) || snapshot.Value is null) return next(context);
        var etag = For(Version(context), context.Request);
        var headers = context.Response.Headers;
        if (Matches(context.Request.Headers.IfNoneMatch, etag))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            headers.ETag = etag;
            headers.CacheControl = "no-cache";
            headers.Vary = HeaderNames.AcceptEncoding;
            return Task.CompletedTask;
        }
        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status200OK)
            {
                headers.ETag = etag;
                headers.CacheControl = "no-cache";
            }
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>
    /// Everything the content database produces (pages, API, exports, feeds, sitemap): every GET endpoint except
    /// static assets, which carry their own ETags and caching, and the health checks, which must never be cached.
    /// </summary>
    public static bool IsContent(HttpContext context) =>
        (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        && context.GetEndpoint() is { } endpoint
        && endpoint.Metadata.GetMetadata<StaticAssetDescriptor>() is null
        && !context.Request.Path.StartsWithSegments(HealthPath) && !context.Request.Path.StartsWithSegments(ReadyPath);

    /// <summary>Where the site maps its liveness and readiness checks (see <see cref="DatabaseReadyCheck"/>).</summary>
    public const string HealthPath = "/healthz", ReadyPath = "/readyz";

    /// <summary>The version this request reads, plus the UTC day: a page's "as of today" changes at midnight.</summary>
    public static string Version(HttpContext context) =>
        context.RequestServices.GetRequiredService<RequestSnapshot>().Version + "." + context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>A weak ETag (compressed and plain bodies are the same page) for <paramref name="version"/>, path and query.</summary>
    public static string For(string version, HttpRequest request)
    {
        // FNV-1a: stable across processes, unlike string.GetHashCode.
        var hash = 14695981039346656037UL;
        foreach (var c in request.Path.Value + request.QueryString.Value) hash = (hash ^ c) * 1099511628211UL;
        return $"W/\"{version}.{hash:x16}\"";
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        if (ifNoneMatch.Count == 0) return false;
        if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)) return false;
        var current = EntityTagHeaderValue.Parse(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));
    }
}
