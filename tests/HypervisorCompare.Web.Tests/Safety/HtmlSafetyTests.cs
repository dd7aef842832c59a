namespace HypervisorCompare.Web.Tests.Safety;

/// <summary>The page checker must itself catch what it is there to catch.</summary>
public class HtmlSafetyTests
{
    [Theory]
    [InlineData("<p><script>alert(1)</script></p>")]
    [InlineData("<script src=\"https://evil.example/x.js\"></script>")]
    [InlineData("<script src=\"//evil.example/x.js\"></script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<p ONCLICK=\"alert(1)\">x</p>")]
    [InlineData("<a href=\"javascript:alert(1)\">x</a>")]
    [InlineData("<a href=\" JaVaScRiPt:alert(1)\">x</a>")]
    [InlineData("<a href=\"java&#x09;script:alert(1)\">x</a>")]
    [InlineData("<a href=\"&#x01;javascript:alert(1)\">x</a>")]
    [InlineData("<img src=\"data:image/svg+xml,<svg onload=alert(1)>\">")]
    [InlineData("<a href=\"vbscript:msgbox(1)\">x</a>")]
    [InlineData("<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>")]
    [InlineData("<object data=\"x.swf\"></object>")]
    [InlineData("<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">")]
    [InlineData("<base href=\"https://evil.example/\">")]
    [InlineData("<form action=\"javascript:alert(1)\"></form>")]
    [InlineData("<p style=\"background:url(javascript:alert(1))\">x</p>")]
    [InlineData("<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>")]
    public void Problems_ExecutableMarkup_IsFound(string body)
    {
        Assert.NotEmpty(HtmlSafety.Problems($"<!DOCTYPE html><html><head><base href=\"/\"></head><body>{body}</body></html>"));
    }

    [Theory]
    [InlineData("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>")]
    [InlineData("<a href=\"/articles/xen#history\">x</a> <a href=\"https://lwn.net/\">y</a> <a href=\"mailto:a@b.example\">z</a>")]
    [InlineData("<a href=\"?h=xen&amp;h=kvm\">x</a> <a href=\"#top\">y</a>")]
    [InlineData("<script src=\"/_framework/blazor.web.js\"></script>")]
    [InlineData("<table><tr><td style=\"text-align: right;\">1</td></tr></table>")]
    [InlineData("<p title=\"onerror=alert(1)\">text that mentions javascript:alert(1)</p>")]
    public void Problems_OrdinaryMarkup_IsFine(string body)
    {
        Assert.Empty(HtmlSafety.Problems($"<!DOCTYPE html><html><head><base href=\"/\"></head><body>{body}</body></html>"));
    }
}
