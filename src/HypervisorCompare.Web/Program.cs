using HypervisorCompare.Web;

if (args is ["ingest" or "check" or "health" or "schema", ..]) return Cli.Run(args, Console.Out, Console.Error);
if (Cli.IsUnknownCommand(args)) return Cli.Usage(args[0], Console.Error);

// The web root (wwwroot) and appsettings live beside the app, wherever it is started from; content is found from
// the working directory (see KnowledgeOptions).
var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });
builder.AddKnowledgeBase();

var app = builder.Build();
app.EnsureStaticAssets();
await app.BuildContentIfStaleAsync();

app.UseKnowledgeBasePipeline();
app.MapStaticAssets();
app.MapRazorComponents<App>();
app.MapApi();
app.MapCompareExports();
app.MapChangesFeed();
app.MapTimelineFeeds();
app.MapSiteFiles();
app.MapHealthChecks("/healthz");

app.Run();
return 0;

/// <summary>Visible to the end-to-end tests' server factory.</summary>
public partial class Program;
