using System.Diagnostics;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HypervisorCompare.Benchmarks;

/// <summary>
/// CPU time and allocated bytes per request for pages, in process (no sockets): the server's own cost, which
/// stays comparable on a busy machine where wall-clock latency does not. One request at a time, after a warm-up.
/// </summary>
public static class PageCosts
{
    public static int Run(string content, string database, bool outputCache, IReadOnlyList<string> urls, TextWriter output)
    {
        // WebApplicationFactory looks for the project beside the solution; it lives under src/.
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_HYPERVISORCOMPARE_WEB",
            System.IO.Path.Combine(BenchContent.RepositoryRoot(), "src", "HypervisorCompare.Web"));
        using var site = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Knowledge:ContentPath", content);
            builder.UseSetting("Knowledge:DatabasePath", database);
            builder.UseSetting("Knowledge:WatchContent", "false");
            builder.UseSetting("Performance:OutputCache", outputCache ? "true" : "false");
        });
        var client = site.CreateClient();
        var process = Process.GetCurrentProcess();
        foreach (var url in urls)
        {
            // Refusals (400, 404) are measured too: none may cost more than an ordinary page.
            var (bytes, status) = (0L, 0);
            for (var i = 0; i < 20; i++)
            {
                using var response = client.GetAsync(url).GetAwaiter().GetResult();
                (bytes, status) = (response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult().Length, (int)response.StatusCode);
            }
            var count = 200;
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < count; i++) client.GetAsync(url).GetAwaiter().GetResult().Dispose();
            clock.Stop();
            process.Refresh();
            output.WriteLine(FormattableString.Invariant(
                $"{(url.Length > 60 ? url[..60] + $"… ({url.Length:N0} chars)" : url)}: {status}, {bytes / 1024.0:0.0} KiB, {(process.TotalProcessorTime - cpu).TotalMilliseconds / count:0.00} ms CPU, {clock.Elapsed.TotalMilliseconds / count:0.00} ms wall, {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / count / 1024.0:0} KiB allocated per request"));
        }
        return 0;
    }
}
