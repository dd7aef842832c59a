using HypervisorCompare.Web.Data;
using HypervisorCompare.Web.Hardening;
using HypervisorCompare.Web.Ingest;
using HypervisorCompare.Web.Performance;
using Microsoft.EntityFrameworkCore;

namespace HypervisorCompare.Web;

public static class Extensions
{
    public static void AddKnowledgeBase(this WebApplicationBuilder builder)
    {
        var options = (builder.Configuration.GetSection(KnowledgeOptions.Section).Get<KnowledgeOptions>() ?? new())
            .Resolve(builder.Environment.ContentRootPath);
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
        services.AddDbContext<HypervisorContext>((sp, db) => db
            .UseSqlite(sp.GetRequiredService<RequestSnapshot>().ConnectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        services.AddRazorComponents();
        services.AddHealthChecks();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull);
    }

    public static async Task BuildContentIfStaleAsync(this WebApplication app) =>
        await app.Services.GetRequiredService<ContentBuilder>().BuildIfStaleAsync();

    public static void UseKnowledgeBasePipeline(this WebApplication app)
    {
        app.UseHardening();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
            app.UseHsts();
        }
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UsePerformance();
        app.UseAntiforgery();
    }
}
