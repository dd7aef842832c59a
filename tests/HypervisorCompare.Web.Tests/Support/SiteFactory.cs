using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace HypervisorCompare.Web.Tests.Support;

/// <summary>
/// The real site over a <see cref="TestKnowledge"/> folder; <see cref="StartKestrel"/> for browser tests.
/// <paramref name="configure"/> runs last, so it can turn the content watcher on or add a log sink.
/// </summary>
public sealed class SiteFactory(TestKnowledge knowledge, string environment = "Production", Action<IWebHostBuilder>? configure = null)
    : WebApplicationFactory<Program>
{
    public TestKnowledge Knowledge { get; } = knowledge;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Knowledge:ContentPath", Knowledge.ContentPath);
        builder.UseSetting("Knowledge:DatabasePath", Knowledge.DatabasePath);
        builder.UseSetting("Knowledge:WatchContent", "false");
        configure?.Invoke(builder);
    }

    /// <summary>The factory owns its knowledge folder: disposing one deletes the other.</summary>
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing) Knowledge.Dispose();
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Knowledge.Dispose();
    }

    /// <summary>Serves on a real Kestrel socket on loopback and returns the base address.</summary>
    public string StartKestrel()
    {
        UseKestrel(0);
        StartServer();
        return ClientOptions.BaseAddress.ToString().TrimEnd('/');
    }
}
