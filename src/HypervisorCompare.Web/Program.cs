using HypervisorCompare.Web;
using HypervisorCompare.Web.Api;
using HypervisorCompare.Web.Components;
using HypervisorCompare.Web.Feeds;
using HypervisorCompare.Web.SiteFiles;

if (args is ["ingest" or "check" or "health", ..]) return Cli.Run(args, Console.Out, Console.Error);

var builder = WebApplication.CreateBuilder(args);
builder.AddKnowledgeBase();

var app = builder.Build();
await app.BuildContentIfStaleAsync();

app.UseKnowledgeBasePipeline();
app.MapStaticAssets();
app.MapRazorComponents<App>();
app.MapApi();
app.MapCompareExports();
app.MapTimelineFeeds();
app.MapSiteFiles();
app.MapHealthChecks("/healthz");

app.Run();
return 0;

/// <summary>Visible to the end-to-end tests' server factory.</summary>
public partial class Program;
