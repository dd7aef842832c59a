using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;

namespace HypervisorCompare.Web.Tests.Support;

/// <summary>
/// A plain static file server over a folder, as any static host is: folder indexes (and the redirect of a folder's
/// name to the folder), types by extension, nothing else. A test of a static export serves it with this.
/// </summary>
public sealed class StaticFolderServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticFolderServer(WebApplication app, string baseUrl) => (_app, BaseUrl) = (app, baseUrl);

    public string BaseUrl { get; }

    public static async Task<StaticFolderServer> StartAsync(string folder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel().UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var files = new PhysicalFileProvider(folder);
        var types = new FileExtensionContentTypeProvider();
        types.Mappings[".atom"] = "application/atom+xml";
        types.Mappings[".ics"] = "text/calendar";
        types.Mappings[".csv"] = "text/csv";
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = types });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new StaticFolderServer(app, address);
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
