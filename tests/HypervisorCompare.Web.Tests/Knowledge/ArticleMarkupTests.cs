using HypervisorCompare.Content.Markdown.SafeUrls;
using HypervisorCompare.Content.Parsing;

namespace HypervisorCompare.Web.Tests.Knowledge;

/// <summary>The one-pass proof that lets pipeline HTML skip the sanitizer, and the URL rule it shares with the renderer.</summary>
public class ArticleMarkupTests
{
    [Theory]
    [InlineData("<p>Plain &lt;script&gt; text &amp; more</p>")]
    [InlineData("<h2 id=\"history\">History</h2>\n<ol start=\"3\">\n<li id=\"event-x\" class=\"fact event\">x</li>\n</ol>")]
    [InlineData("<table>\n<thead>\n<tr>\n<th style=\"text-align: right;\">A</th>\n</tr>\n</thead>\n<tbody>\n<tr id=\"r\" class=\"fact\"><td>1</td></tr>\n</tbody>\n</table>")]
    [InlineData("<p><a href=\"/compare?h=xen&amp;h=kvm\" title=\"t\">a</a> <img src=\"https://x.example/i.png\" alt=\"i\" /><br />\n<a href=\"\">refused</a></p><hr />")]
    [InlineData("<pre><code class=\"language-sh\">echo &quot;&lt;b&gt;&quot;\n</code></pre>")]
    [InlineData("<a class=\"fact-link\" href=\"/timeline#event-x\"><time datetime=\"2003-10\">October 2003</time></a> <span class=\"event-kind\">release</span>")]
    public void IsProvablySafe_PipelineShapedMarkup_IsProven(string html) => Assert.True(ArticleMarkup.IsProvablySafe(html));

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("<p onclick=\"alert(1)\">x</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\" JaVaScRiPt:alert(1)\">x</a>")]
    [InlineData("<a href=\"java&#x09;script:alert(1)\">x</a>")]
    [InlineData("<a href=\"javascript&colon;alert(1)\">x</a>")]
    [InlineData("<img src=\"data:image/svg+xml,x\" />")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\">x</p>")]
    [InlineData("<p title='x'>x</p>")]
    [InlineData("<!-- x --><p>x</p>")]
    [InlineData("<svg><p>x</p></svg>")]
    [InlineData("<P>x</P>")]
    [InlineData("<p title=\"x>x")]
    public void IsProvablySafe_AnythingElse_IsNotProven(string html) => Assert.False(ArticleMarkup.IsProvablySafe(html));

    [Theory]
    [InlineData("https://lwn.net/", true)]
    [InlineData("HTTP://lwn.net/", true)]
    [InlineData("mailto:a@b.example", true)]
    [InlineData("/articles/xen#history", true)]
    [InlineData("#top", true)]
    [InlineData("?h=xen", true)]
    [InlineData("xen-history", true)]
    [InlineData("", true)]
    [InlineData("java%09script:alert(1)", true)] // a percent sign cannot be in a scheme: the browser reads a relative URL
    [InlineData("javascript:alert(1)", false)]
    [InlineData(" \u0001JaVaScRiPt:alert(1)", false)]
    [InlineData("java\tscr\nipt:alert(1)", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData("vbscript:x", false)]
    [InlineData("httpx:x", false)]
    [InlineData("file:///etc/passwd", false)]
    public void IsAllowed_Url_MatchesHowABrowserReadsTheScheme(string url, bool allowed)
    {
        Assert.Equal(allowed, SafeUrl.IsAllowed(url));
        Assert.Equal(allowed, HtmlSafety.IsSafeUrl(url));
    }

    [Fact]
    public void Sanitize_HostileRawHtml_StillGoesThroughTheSanitizer()
    {
        var html = ArticleHtml.Sanitize("<p onclick=\"alert(1)\">x<script>alert(2)</script><a href=\"javascript:alert(3)\">y</a></p>");

        Assert.Empty(HtmlSafety.Problems($"<!DOCTYPE html><html><head><base href=\"/\"></head><body>{html}</body></html>"));
        Assert.Contains("x", html);
    }

    [Fact]
    public void Sanitize_PipelineHtml_IsKeptAsWritten()
    {
        var html = Markdig.Markdown.ToHtml("# T\n\n[a](https://lwn.net/) ![i](/x.png)\n\n| A |\n|--:|\n| 1 |\n", ContentPipeline.Instance);

        Assert.Same(html, ArticleHtml.Sanitize(html));
    }
}
