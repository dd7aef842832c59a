using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HypervisorCompare.Web.Tests;

/// <summary>The real site over a <see cref="TestKnowledge"/> folder; <see cref="StartKestrel"/> for browser tests.</summary>
public sealed class SiteFactory(TestKnowledge knowledge, string environment = "Production") : WebApplicationFactory<Program>
{
    public TestKnowledge Knowledge { get; } = knowledge;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        // Outside Development the host only serves published assets; the tests run from the build output, where
        // app.css and the scoped-CSS bundle are found through the static web assets manifest. Without this the
        // browser tests ran with no stylesheet at all (and axe could not see dark-mode contrast).
        builder.UseStaticWebAssets();
        builder.UseSetting("Knowledge:ContentPath", Knowledge.ContentPath);
        builder.UseSetting("Knowledge:DatabasePath", Knowledge.DatabasePath);
        builder.UseSetting("Knowledge:WatchContent", "false");
    }

    /// <summary>Serves on a real Kestrel socket on loopback and returns the base address.</summary>
    public string StartKestrel()
    {
        UseKestrel(0);
        StartServer();
        return ClientOptions.BaseAddress.ToString().TrimEnd('/');
    }
}
