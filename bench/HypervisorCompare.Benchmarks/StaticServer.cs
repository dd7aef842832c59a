using Microsoft.Extensions.FileProviders;

namespace HypervisorCompare.Benchmarks;

/// <summary>The baseline: Kestrel serving saved pages as plain static files, with nothing else in the pipeline.</summary>
public static class StaticServer
{
    public static int Run(string root, string url)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        app.UseStaticFiles(new StaticFileOptions { FileProvider = new PhysicalFileProvider(Path.GetFullPath(root)) });
        app.Run();
        return 0;
    }
}
