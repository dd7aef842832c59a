using HypervisorCompare.Web.Export;

namespace HypervisorCompare.Web.Tests.Export;

public sealed class HtmlLinksTests
{
    private const string Page = """
        <a href="/compare?h=xen&amp;h=kvm" b-x1>Xen &amp; KVM</a> <a rel="nofollow" href="/compare?diff=1">differ</a>
        <code>&lt;a href="/not-a-link"&gt;</code><form class="f" method="get" action="/search"><input name="q" /></form>
        <link rel="stylesheet" href="/app.css" /><img src="/favicon.svg" alt="">
        """;

    [Fact]
    public void Find_ReadsEachLinkDecodedWithItsTagAndRel()
    {
        var links = HtmlLinks.Find(Page).ToList();

        Assert.Equal(["/compare?h=xen&h=kvm", "/compare?diff=1", "/search", "/app.css", "/favicon.svg"], links.Select(l => l.Value));
        Assert.True(links[1].NoFollow);
        Assert.False(links[0].NoFollow);
        Assert.True(links[2].IsForm);
    }

    [Fact]
    public void Rewrite_ChangesOnlyTheLinksItIsGivenAndEncodesThem()
    {
        var rewritten = HtmlLinks.Rewrite(Page, l => l.Value == "/compare?h=xen&h=kvm" ? "/a?b=1&c=\"2\"" : null);

        Assert.Equal(Page.Replace("/compare?h=xen&amp;h=kvm", "/a?b=1&amp;c=&quot;2&quot;"), rewritten);
    }

    [Fact]
    public void RewriteLocations_RewritesASitemapsAddresses() =>
        Assert.Equal("<url><loc>/compare/</loc></url>", HtmlLinks.RewriteLocations("<url><loc>/compare</loc></url>", loc => loc + "/"));
}
