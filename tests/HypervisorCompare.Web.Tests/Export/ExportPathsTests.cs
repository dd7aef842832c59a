using HypervisorCompare.Web.Export;

namespace HypervisorCompare.Web.Tests.Export;

public sealed class ExportPathsTests
{
    [Theory]
    [InlineData("/", "text/html", "/index.html")]
    [InlineData("/hypervisors/xen", "text/html", "/hypervisors/xen/index.html")]
    [InlineData("/licences/GPL-2.0-only", "text/html", "/licences/GPL-2.0-only/index.html")]
    [InlineData("/api/features", "application/json", "/api/features.json")]
    [InlineData("/api/features/vtpm", "application/json", "/api/features/vtpm.json")]
    [InlineData("/timeline.atom", "application/atom+xml", "/timeline.atom")]
    [InlineData("/app.bsn426etfh.css", "text/css", "/app.bsn426etfh.css")]
    [InlineData("/sitemap.xml", "application/xml", "/sitemap.xml")]
    public void File_OfAnAddressWithoutQuery_IsAFolderIndexForAPageAndTheAddressItselfForAFile(string address, string type, string file) =>
        Assert.Equal(file, ExportPaths.File(address, type));

    [Fact]
    public void File_OfAQueryView_IsNamedAfterItsQueryAndAHashOfIt()
    {
        var file = ExportPaths.File("/compare?h=xenserver&h=xen", "text/html");

        Assert.Matches(@"^/compare/_q/h-xenserver-h-xen-[0-9a-f]{8}\.html$", file);
        Assert.NotEqual(file, ExportPaths.File("/compare?h=xen&h=xenserver", "text/html"));
        Assert.Equal(file, ExportPaths.File("/compare?h=xenserver&h=xen", "text/html"));
    }

    [Fact]
    public void File_OfALongQuery_KeepsItsNameShort()
    {
        var query = string.Join('&', Enumerable.Range(0, 40).Select(i => $"category=c{i}"));

        Assert.True(Path.GetFileName(ExportPaths.File("/compare?" + query, "text/html")).Length <= 60 + 1 + 8 + 5);
    }

    [Theory]
    [InlineData("", "/compare/index.html", "/compare/")]
    [InlineData("", "/index.html", "/")]
    [InlineData("", "/compare/_q/h-xen-1234abcd.html", "/compare/_q/h-xen-1234abcd.html")]
    [InlineData("https://example.org/docs/hc/", "/compare/index.html", "/docs/hc/compare/")]
    [InlineData("https://example.org/docs/hc", "/index.html", "/docs/hc/")]
    public void Link_ToAFolderIndex_IsTheFolderBelowTheBasePath(string baseUrl, string file, string link) =>
        Assert.Equal(link, ExportPaths.For(baseUrl).Link(file));
}
