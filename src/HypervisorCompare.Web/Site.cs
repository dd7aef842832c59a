namespace HypervisorCompare.Web;

/// <summary>
/// The whole site: services, pipeline and endpoints. <c>Program</c> runs it; the <c>export</c> command runs the very
/// same site in-process on a loopback port and crawls it, so an export can never differ from what the server answers.
/// </summary>
public static class Site
{
    public static WebApplication Build(string[] args, IEnumerable<KeyValuePair<string, string?>>? settings = null)
    {
        // The web root (wwwroot) and appsettings live beside the app, wherever it is started from; content is found
        // from the working directory (see KnowledgeOptions).
        // The application is this assembly even when another one hosts it (the export run from a test project):
        // its name finds the static web assets manifest.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args, ContentRootPath = AppContext.BaseDirectory, ApplicationName = typeof(Site).Assembly.GetName().Name,
        });
        if (settings is not null) builder.Configuration.AddInMemoryCollection(settings);
        builder.AddKnowledgeBase();

        var app = builder.Build();
        app.EnsureStaticAssets();
        app.UseKnowledgeBasePipeline();
        app.MapStaticAssets();
        app.MapRazorComponents<App>();
        app.MapApi();
        app.MapCompareExports();
        app.MapChangesFeed();
        app.MapTimelineFeeds();
        app.MapSiteFiles();
        app.MapHealthChecks(ContentETags.HealthPath, new() { Predicate = _ => false });
        app.MapHealthChecks(ContentETags.ReadyPath, new() { Predicate = check => check.Tags.Contains(DatabaseReadyCheck.Tag) });
        return app;
    }
}
