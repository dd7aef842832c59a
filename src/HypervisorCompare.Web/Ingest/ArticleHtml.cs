using Ganss.Xss;

namespace HypervisorCompare.Web.Ingest;

/// <summary>Sanitizes rendered article HTML once, at ingest, so pages only ever show stored, safe HTML.</summary>
public static class ArticleHtml
{
    private static readonly HtmlSanitizer Sanitizer = Create();

    public static string Sanitize(string html) => Sanitizer.Sanitize(html);

    private static HtmlSanitizer Create()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto" }) sanitizer.AllowedSchemes.Add(scheme);
        sanitizer.AllowedTags.Add("time");
        sanitizer.AllowedAttributes.Clear();
        foreach (var attribute in new[] { "id", "class", "href", "src", "alt", "title", "datetime", "colspan", "rowspan", "start", "style" })
            sanitizer.AllowedAttributes.Add(attribute);
        sanitizer.AllowedCssProperties.Clear();
        sanitizer.AllowedCssProperties.Add("text-align");
        sanitizer.AllowDataAttributes = false;
        return sanitizer;
    }
}
