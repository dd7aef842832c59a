using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace HypervisorCompare.Web.Export;

/// <summary>
/// <c>export --out DIR [--base-url URL] [--live-url URL] [--content DIR] [--db FILE]</c>: runs the site in-process on a
/// loopback port (building its database from content first, as the server does), crawls it and writes it as static
/// files. <c>--base-url</c> is where the copy will be published (absolute links, a path prefix);
/// <c>--live-url</c> a live server for what a static copy cannot answer.
/// </summary>
public static class ExportCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        var folder = Cli.Option(args, "--out");
        if (folder is null)
        {
            errors.WriteLine("export needs --out DIR: the folder to write the static site into.");
            return 2;
        }
        var baseUrl = (Cli.Option(args, "--base-url") ?? "").TrimEnd('/');
        var liveUrl = (Cli.Option(args, "--live-url") ?? "").TrimEnd('/');
        foreach (var (name, url) in new[] { ("--base-url", baseUrl), ("--live-url", liveUrl) })
            if (url.Length > 0 && !(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Query.Length == 0))
            {
                errors.WriteLine($"{name} must be an absolute http(s) address without a query; it is \"{url}\".");
                return 2;
            }

        var clock = Stopwatch.StartNew();
        await using var site = Site.Build(["--environment", "Production", "--urls", "http://127.0.0.1:0"], Settings(args, baseUrl));
        await site.BuildContentIfStaleAsync();
        await site.StartAsync();
        var address = site.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = System.Net.DecompressionMethods.None })
            { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(2) };
        var crawler = new SiteCrawler(client, baseUrl, count => output.WriteLine($"  crawled {count} addresses ({clock.Elapsed.TotalSeconds:0} s)"));
        var files = await new SiteExport(crawler, ExportPaths.For(baseUrl), baseUrl, liveUrl).FilesAsync();
        await site.StopAsync();

        try
        {
            var report = new ExportFolder(folder).Write(files);
            output.WriteLine($"Exported {report.Files} files ({report.Bytes / 1048576.0:0.0} MiB before compression) to {folder} in {clock.Elapsed.TotalSeconds:0.0} s: " +
                $"{report.Written} written, {report.Unchanged} unchanged, {report.Deleted} deleted");
            return 0;
        }
        catch (InvalidOperationException e)
        {
            errors.WriteLine(e.Message);
            return 1;
        }
    }

    private static Dictionary<string, string?> Settings(string[] args, string baseUrl) => new Dictionary<string, string?>
    {
        [$"{KnowledgeOptions.Section}:{nameof(KnowledgeOptions.ContentPath)}"] = Cli.Option(args, "--content"),
        [$"{KnowledgeOptions.Section}:{nameof(KnowledgeOptions.DatabasePath)}"] = Cli.Option(args, "--db"),
        [$"{KnowledgeOptions.Section}:{nameof(KnowledgeOptions.WatchContent)}"] = "false",
        [$"{SiteOptions.Section}:{nameof(SiteOptions.BaseUrl)}"] = baseUrl.Length > 0 ? baseUrl : null,
        ["Logging:LogLevel:Default"] = "Warning",
    }.Where(s => s.Value is not null).ToDictionary();
}
