using System.Text.RegularExpressions;

namespace HypervisorCompare.Web.Tests.Api;

/// <summary>Reads an RFC 8288 Link header the way a client would: each <c>&lt;url&gt;; rel="..."</c> by its relation.</summary>
public static partial class ApiLinks
{
    public static Dictionary<string, string> Of(HttpResponseMessage response) =>
        response.Headers.TryGetValues("Link", out var values)
            ? Entry().Matches(string.Join(", ", values)).ToDictionary(m => m.Groups["rel"].Value, m => m.Groups["url"].Value)
            : [];

    public static int TotalCount(HttpResponseMessage response) => int.Parse(response.Headers.GetValues("X-Total-Count").Single());

    [GeneratedRegex("<(?<url>[^>]*)>;\\s*rel=\"(?<rel>[a-z]+)\"")]
    private static partial Regex Entry();
}
