using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.EntityFrameworkCore;

namespace HypervisorCompare.Web;

public static class Extensions
{
    public static void AddKnowledgeBase(this WebApplicationBuilder builder)
    {
        var options = (builder.Configuration.GetSection(KnowledgeOptions.Section).Get<KnowledgeOptions>() ?? new())
            .Resolve(Environment.CurrentDirectory);
        // Serve wwwroot and scoped CSS from the build output in every environment, so `dotnet run` (Production
        // without launch settings) looks the same as a published site.
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        builder.AddHardening();
        services.AddSingleton(options);
        builder.AddPerformance();
        services.AddSingleton<KnowledgeDatabase>();
        services.AddSingleton<ContentBuilder>();
        services.AddHostedService(sp => sp.GetRequiredService<ContentBuilder>());
        services.AddScoped<RequestSnapshot>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(SiteAddress.From(builder.Configuration));
        services.AddDbContext<HypervisorContext>((sp, db) => db
            .UseSqlite(sp.GetRequiredService<RequestSnapshot>().ConnectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        services.AddRazorComponents();
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: [DatabaseReadyCheck.Tag]);
        services.AddProblemDetails();
        services.AddApi();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull);
    }

    /// <summary>A site without its stylesheet would serve unstyled pages with no error: refuse to start instead.</summary>
    public static void EnsureStaticAssets(this WebApplication app)
    {
        if (!app.Environment.WebRootFileProvider.GetFileInfo("app.css").Exists)
            throw new InvalidOperationException(
                $"The site's static assets (wwwroot/app.css) were not found under {app.Environment.WebRootPath ?? app.Environment.ContentRootPath}; publish the app with its wwwroot folder.");
    }

    public static async Task BuildContentIfStaleAsync(this WebApplication app) =>
        await app.Services.GetRequiredService<ContentBuilder>().BuildIfStaleAsync();

    public static void UseKnowledgeBasePipeline(this WebApplication app)
    {
        app.UseHardening();
        app.UseHeadAsGet();
        app.UseRouting();
        // After routing, which picks the endpoint whose policy applies (only the API's has one), and before the ETag
        // check, so a 304 carries the CORS headers too.
        app.UseCors();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseApiProblems();
        app.UsePerformance();
        app.UseAntiforgery();
    }
}
