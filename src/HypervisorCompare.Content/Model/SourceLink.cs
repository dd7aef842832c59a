namespace HypervisorCompare.Content.Model;

/// <summary>An external source that backs a fact.</summary>
/// <param name="Url">Absolute http(s) URL.</param>
/// <param name="Title">Link text, or the host name when the source was given as a bare URL.</param>
public sealed record SourceLink(string Url, string Title)
{
    /// <summary>Makes a source from a bare URL, titled with its host.</summary>
    public static SourceLink FromUrl(string url) =>
        new(url, Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host : url);

    /// <summary>True for absolute http and https URLs, the only kinds a source may have.</summary>
    public bool IsWebUrl =>
        Uri.TryCreate(Url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
