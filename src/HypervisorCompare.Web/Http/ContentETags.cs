using System.Globalization;
using Microsoft.AspNetCore.StaticAssets;
using Microsoft.Net.Http.Headers;

namespace HypervisorCompare.Web.Http;

/// <summary>
/// Gives pages and API answers a weak ETag made of the content version, the UTC day (pages show facts "as of today"),
/// the build, and the path and query, and a Last-Modified of the same (when the generation was written or the process
/// started, or midnight UTC if later), and answers a matching <c>If-None-Match</c>, or without one a satisfied <c>If-Modified-Since</c>, with 304
/// before anything is rendered.
/// </summary>
public sealed class ContentETags(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context, RequestSnapshot snapshot)
    {
        if (!IsContent(context) || snapshot.Value is not { } generation) return next(context);
        var etag = For(Version(context), context.Request);
        var written = generation.WrittenAt > Started ? generation.WrittenAt : Started;
        var lastModified = LastModified(written, context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow());
        var headers = context.Response.Headers;
        if (NotModified(context.Request, etag, lastModified))
        {
            context.Response.StatusCode = StatusCodes.Status304NotModified;
            headers.ETag = etag;
            headers.LastModified = HeaderUtilities.FormatDate(lastModified);
            headers.CacheControl = "no-cache";
            headers.Vary = HeaderNames.AcceptEncoding;
            return Task.CompletedTask;
        }
        context.Response.OnStarting(() =>
        {
            if (context.Response.StatusCode == StatusCodes.Status200OK)
            {
                headers.ETag = etag;
                headers.LastModified = HeaderUtilities.FormatDate(lastModified);
                headers.CacheControl = "no-cache";
            }
            return Task.CompletedTask;
        });
        return next(context);
    }

    /// <summary>
    /// An answer changes when a new generation goes live and, like the ETag, at midnight UTC; HTTP dates have whole
    /// seconds, so the time is cut to the second (a later If-Modified-Since of the same second is then still a match).
    /// </summary>
    public static DateTimeOffset LastModified(DateTimeOffset written, DateTimeOffset now)
    {
        var midnight = new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero);
        var second = new DateTimeOffset(written.UtcTicks - written.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        return second > midnight ? second : midnight;
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

    /// <summary>
    /// The version this request reads, plus the UTC day (a page's "as of today" changes at midnight) and the build that
    /// renders it: a deploy changes markup, JSON shapes and the OpenAPI document without a new generation.
    /// </summary>
    public static string Version(HttpContext context) =>
        context.RequestServices.GetRequiredService<RequestSnapshot>().Version + "." + context.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow().ToString("yyyyMMdd", CultureInfo.InvariantCulture)
        + "." + Build;

    private static readonly string Build = typeof(ContentETags).Assembly.ManifestModule.ModuleVersionId.ToString("n")[..8];

    /// <summary>When this process started: for Last-Modified, what a deploy changed is new from then on, like the ETag's build.</summary>
    private static readonly DateTimeOffset Started = new(System.Diagnostics.Process.GetCurrentProcess().StartTime.ToUniversalTime(), TimeSpan.Zero);

    /// <summary>A weak ETag (compressed and plain bodies are the same page) for <paramref name="version"/>, path and query.</summary>
    public static string For(string version, HttpRequest request)
    {
        // FNV-1a: stable across processes, unlike string.GetHashCode.
        var hash = 14695981039346656037UL;
        foreach (var c in request.Path.Value + request.QueryString.Value) hash = (hash ^ c) * 1099511628211UL;
        return $"W/\"{version}.{hash:x16}\"";
    }

    /// <summary>RFC 9110 13.2.2: If-None-Match decides when present; If-Modified-Since only without it.</summary>
    private static bool NotModified(HttpRequest request, string etag, DateTimeOffset lastModified)
    {
        var headers = request.Headers;
        if (headers.IfNoneMatch.Count > 0) return Matches(headers.IfNoneMatch, etag);
        return HeaderUtilities.TryParseDate(headers.IfModifiedSince.ToString(), out var since) && lastModified <= since;
    }

    private static bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch, string etag)
    {
        if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)) return false;
        var current = EntityTagHeaderValue.Parse(etag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));
    }
}
