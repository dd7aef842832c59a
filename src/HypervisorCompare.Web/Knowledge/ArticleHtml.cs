using AngleSharp.Dom;
using AngleSharp.Html;
using Ganss.Xss;

namespace HypervisorCompare.Web.Knowledge;

/// <summary>
/// Sanitizes rendered article HTML once, at ingest, so pages only ever show stored, safe HTML. Our pipeline's output is
/// safe by construction and <see cref="ArticleMarkup"/> proves it in one pass, so it is kept as written; only HTML
/// that check cannot prove goes through the full sanitizer (AngleSharp), which costs many times the Markdown parse.
/// </summary>
public static class ArticleHtml
{
    private static readonly HtmlSanitizer Sanitizer = Create();

    // Elements that have no end tag; writing one (</br>) would make a browser insert another element.
    private static readonly HashSet<string> Void = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

    public static string Sanitize(string html)
    {
        if (ArticleMarkup.IsProvablySafe(html)) return html;
        // Not disposed: IHtmlDocument.Dispose removes the nodes one by one, again in time proportional to their siblings.
        var document = Sanitizer.SanitizeDom(html);
        using var output = new StringWriter();
        Write(document.Body!, output);
        return output.ToString();
    }

    /// <summary>
    /// AngleSharp's own serializer costs time proportional to the number of siblings for every node it writes, so a
    /// long list or table took minutes. This walks the children once; escaping stays with AngleSharp's formatter.
    /// </summary>
    private static void Write(INode parent, TextWriter output)
    {
        foreach (var node in parent.ChildNodes)
        {
            switch (node)
            {
                case IElement element:
                    output.Write(HtmlMarkupFormatter.Instance.OpenTag(element, false));
                    if (Void.Contains(element.LocalName)) break;
                    // The parser drops a newline right after <pre>; a second one must be written to keep the first.
                    if (element.LocalName is "pre" or "textarea" or "listing" && element.FirstChild is IText { Data: ['\n', ..] }) output.Write('\n');
                    Write(element, output);
                    output.Write(HtmlMarkupFormatter.Instance.CloseTag(element, false));
                    break;
                case IText text:
                    output.Write(HtmlMarkupFormatter.Instance.Text(text));
                    break;
            }
        }
    }

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
