using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace HypervisorCompare.Web.Tests.Http;

/// <summary>The built app started as a process from a folder other than its own, as a deployment would start it.</summary>
public sealed class StartFromAnyFolderTests : IDisposable
{
    private readonly TestKnowledge _knowledge = TestKnowledge.Fixture();
    private readonly string _elsewhere = Directory.CreateTempSubdirectory("hc-cwd-").FullName;

    public void Dispose()
    {
        _knowledge.Dispose();
        Directory.Delete(_elsewhere, recursive: true);
    }

    /// <summary>The web project's own build output, in the configuration these tests were built in.</summary>
    private static string WebBin()
    {
        var root = Path.GetDirectoryName(TestKnowledge.FindRepositoryContent())!;
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        return Path.Combine(root, "src", "HypervisorCompare.Web", "bin", configuration, "net10.0");
    }

    private Process Start(string bin, int port)
    {
        var start = new ProcessStartInfo("dotnet", [Path.Combine(bin, "HypervisorCompare.Web.dll"), "--urls", $"http://127.0.0.1:{port}"])
        {
            WorkingDirectory = _elsewhere, RedirectStandardError = true, RedirectStandardOutput = true,
        };
        start.Environment["Knowledge__ContentPath"] = _knowledge.ContentPath;
        start.Environment["Knowledge__DatabasePath"] = _knowledge.DatabasePath;
        start.Environment["Knowledge__WatchContent"] = "false";
        return Process.Start(start)!;
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task StartedFromAnotherFolder_ServesTheStylesheetWithItsBytes()
    {
        var port = FreePort();
        using var app = Start(WebBin(), port);
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
            HttpResponseMessage? css = null;
            for (var i = 0; i < 120 && css is null; i++)
            {
                try { css = await http.GetAsync("/app.css"); }
                catch (HttpRequestException) { await Task.Delay(500); }
            }

            Assert.NotNull(css);
            Assert.Equal(HttpStatusCode.OK, css.StatusCode);
            Assert.True((await css.Content.ReadAsByteArrayAsync()).Length > 1000);
        }
        finally { app.Kill(entireProcessTree: true); }
    }

    [Fact]
    public async Task WithoutItsStaticAssets_RefusesToStartAndSaysWhy()
    {
        var bin = Path.Combine(_elsewhere, "bin");
        Directory.CreateDirectory(bin);
        foreach (var file in Directory.EnumerateFiles(WebBin()).Where(f => !Path.GetFileName(f).Contains("staticwebassets")))
            File.Copy(file, Path.Combine(bin, Path.GetFileName(file)));

        using var app = Start(bin, FreePort());
        var errors = app.StandardError.ReadToEndAsync();
        var output = app.StandardOutput.ReadToEndAsync();
        await app.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(2)).Token);

        Assert.NotEqual(0, app.ExitCode);
        Assert.Contains("static assets", await errors + await output);
    }
}
