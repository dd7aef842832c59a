
namespace HypervisorCompare.Web.Http;

/// <summary>The headers every response carries, and the content version it was read from.</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// No inline script, no plugins, no framing. Inline style <em>attributes</em> stay allowed (Markdig writes table
    /// alignment that way, and nothing else in our pipeline writes one), but not &lt;style&gt; elements.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; style-src-attr 'unsafe-inline'; img-src 'self' https:; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public const string ContentVersionHeader = "X-Content-Version";

    public static Task Apply(object state)
    {
        var context = (HttpContext)state;
        var headers = context.Response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        // The request's own snapshot (the one its page was read from), so a page and its header never disagree.
        if (context.RequestServices?.GetService<RequestSnapshot>() is { } snapshot) headers[ContentVersionHeader] = snapshot.Content;
        return Task.CompletedTask;
    }
}
