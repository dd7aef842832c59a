namespace HypervisorCompare.Web.Http;

/// <summary><c>Site:BaseUrl</c>: the public address used for every absolute link (feeds, sitemap, robots.txt, canonical links).</summary>
public sealed class SiteOptions
{
    public const string Section = "Site";
    public string BaseUrl { get; set; } = "";
}

/// <summary>
/// The one place that decides the site's absolute address. The Host header is the client's to choose, so it is
/// reflected only when <c>AllowedHosts</c> names hosts (host filtering has then vetted it); otherwise, without a
/// configured <c>Site:BaseUrl</c>, links stay site-relative and a cache in front cannot serve another host's links.
/// </summary>
public sealed class SiteAddress(string baseUrl, bool hostsListed)
{
    public static SiteAddress From(IConfiguration configuration)
    {
        var baseUrl = (configuration.GetSection(SiteOptions.Section).Get<SiteOptions>()?.BaseUrl ?? "").Trim().TrimEnd('/');
        if (baseUrl.Length > 0 && !(Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Query.Length == 0))
            throw new InvalidOperationException($"Site:BaseUrl must be an absolute http(s) address without a query, such as https://hypervisorcompare.example; it is \"{baseUrl}\".");
        var hosts = (configuration["AllowedHosts"] ?? "*").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return new SiteAddress(baseUrl, hosts.Length > 0 && !hosts.Contains("*"));
    }

    /// <summary>The absolute root without a trailing slash, or "" when links must stay relative.</summary>
    public string Root(HttpRequest request) =>
        baseUrl.Length > 0 ? baseUrl : hostsListed && request.Host.HasValue ? $"{request.Scheme}://{request.Host}" : "";

    /// <summary>The page's own address, query included (a filtered view is a page of its own), for its canonical link.</summary>
    public string Canonical(HttpRequest request) =>
        Root(request) + Microsoft.AspNetCore.Http.Extensions.UriHelper.BuildRelative(request.PathBase, request.Path, request.QueryString);
}
