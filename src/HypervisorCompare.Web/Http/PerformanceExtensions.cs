using System.IO.Compression;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace HypervisorCompare.Web.Http;

/// <summary>
/// HTTP caching for a read-only site: pages and API answers are cached in memory per content version, path and
/// query, compressed once per encoding, and revalidated with an ETag on the content version (docs/performance.md).
/// </summary>
public static class PerformanceExtensions
{
    /// <summary>Tag on every cached response, evicted when a new database generation goes live.</summary>
    public const string ContentTag = "content";

    /// <summary><c>Performance:OutputCache=false</c> turns the output cache off (the benchmark's uncached run).</summary>
    public static bool OutputCacheEnabled(IConfiguration configuration) => configuration.GetValue("Performance:OutputCache", true);

    public static void AddPerformance(this WebApplicationBuilder builder)
    {
        // Per-request logging at Information (each request, each SQL command) costs more than serving a cached
        // page and serialises threads on the console; keep warnings and errors.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        // Outside Development, serve static assets as built even from a build (not publish) output: fingerprinted
        // URLs cached for a year as immutable, and no per-request check of wwwroot for edited files.
        if (!builder.Environment.IsDevelopment()) builder.Configuration["ReloadStaticAssetsAtRuntime"] ??= "false";
        builder.Services.AddResponseCompression(options =>
        {
            // Pages carry no secrets (no cookies, tokens or personal data), so BREACH does not apply over HTTPS.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
        });
        builder.Services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        builder.Services.AddSingleton<ReadModels>();
        if (!OutputCacheEnabled(builder.Configuration)) return;
        builder.Services.AddOutputCache(options =>
        {
            options.SizeLimit = 64 * 1024 * 1024;
            options.AddBasePolicy(policy => policy
                .With(context => ContentETags.IsContent(context.HttpContext))
                .Expire(TimeSpan.FromHours(1))
                .VaryByValue(context => new("content", ContentETags.Version(context)))
                // The raw query, in its order, instead of the default vary-by-every-query-key: building that key sorts
                // a repeated parameter's values in the request itself, so h=xen&h=kvm reached the page as h=kvm&h=xen.
                .SetVaryByQuery([])
                .VaryByValue(context => new("query", context.Request.QueryString.Value ?? ""))
                // Accept: Blazor's enhanced navigation asks for the same page with its own Accept value and may be
                // answered differently (redirects, streaming); each kind of request gets its own entry.
                .SetVaryByHeader(Microsoft.Net.Http.Headers.HeaderNames.AcceptEncoding, Microsoft.Net.Http.Headers.HeaderNames.Accept)
                .Tag(ContentTag));
        });
    }

    /// <summary>ETag check first (a 304 costs nothing), then the cache, which stores bodies already compressed.</summary>
    public static void UsePerformance(this WebApplication app)
    {
        app.UseMiddleware<ContentETags>();
        if (OutputCacheEnabled(app.Configuration))
        {
            var store = app.Services.GetRequiredService<IOutputCacheStore>();
            // Entries are keyed on the version, so old ones are never served: evicting only frees their memory, on the
            // thread pool, so the request that first sees a new generation does not wait for it.
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(PerformanceExtensions));
            app.Services.GetRequiredService<KnowledgeDatabase>().VersionChanged += _ => Task.Run(async () =>
            {
                try { await store.EvictByTagAsync(ContentTag, CancellationToken.None); }
                catch (Exception e) { logger.LogWarning(e, "Evicting the previous version's cached answers failed"); }
            });
            app.UseOutputCache();
        }
        app.UseResponseCompression();
    }
}
