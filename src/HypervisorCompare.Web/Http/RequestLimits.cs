using System.Net;

namespace HypervisorCompare.Web.Http;

/// <summary>
/// Refuses query strings no page needs before anything parses them, so ten thousand parameters or a 100 KB value
/// cost no more than a glance. Kestrel itself refuses request lines over 8 KiB (414) before the app runs.
/// </summary>
public static class RequestLimits
{
    public const int MaxQueryLength = 4_096;
    public const int MaxQueryParameters = 100;

    public static string? Refusal(HttpRequest request)
    {
        // Without a host the framework cannot build the page's base address and would answer a bare 500.
        if (string.IsNullOrWhiteSpace(request.Host.Value))
            return "The request has no Host header; every request to this site must name the host it is for.";
        var query = request.QueryString.Value.AsSpan();
        if (query.Length > MaxQueryLength)
            return $"The address has a query of {query.Length:N0} characters; the most this site reads is {MaxQueryLength:N0}.";
        if (query.Count('&') + 1 > MaxQueryParameters)
            return $"The address has {query.Count('&') + 1:N0} query parameters; the most this site reads is {MaxQueryParameters:N0}.";
        return null;
    }

    public static async Task RefuseAsync(HttpResponse response, string reason)
    {
        response.StatusCode = StatusCodes.Status400BadRequest;
        response.ContentType = "text/html; charset=utf-8";
        await response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1.0" /><title>Bad request · HypervisorCompare</title><link rel="stylesheet" href="/app.css" /></head>
            <body><main id="main"><h1>Bad request</h1><p>{WebUtility.HtmlEncode(reason)}</p><p><a href="/">Back to the home page</a></p></main></body>
            </html>
            """);
    }
}
