using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Timeline;

/// <summary>The timeline as an Atom feed (RFC 4287), newest event first.</summary>
public static class AtomFeed
{
    internal static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    public static string Write(FeedContext feed)
    {
        var data = feed.Data;
        return Document(feed.Id(TimelineFeeds.AtomUrl(data.Filter)), "HypervisorCompare timeline: " + string.Join(", ", data.Lanes.Select(l => l.Name)),
            "Dated events in the history of the hypervisors, each with its sources.", feed.Updated,
            feed.Absolute(TimelineFeeds.AtomUrl(data.Filter)), feed.Absolute(TimelinePage.Url(data.Filter)), data.Events.Reverse().Select(e => Entry(e, feed)));
    }

    /// <summary>The feed element every Atom feed of the site shares, around its entries, as the text to send.</summary>
    internal static string Document(string id, string title, string subtitle, DateTime updated, string self, string alternate, IEnumerable<XElement> entries)
    {
        var root = new XElement(Atom + "feed",
            new XElement(Atom + "id", id),
            new XElement(Atom + "title", Clean(title)),
            new XElement(Atom + "subtitle", subtitle),
            new XElement(Atom + "updated", Rfc3339(updated)),
            new XElement(Atom + "author", new XElement(Atom + "name", "HypervisorCompare")),
            new XElement(Atom + "generator", "HypervisorCompare"),
            Link("self", self, "application/atom+xml"),
            Link("alternate", alternate, "text/html"),
            entries);
        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + root.ToString(SaveOptions.None) + "\n";
    }

    private static XElement Entry(TimelineEvent e, FeedContext feed)
    {
        var permalink = feed.Absolute(TimelineEventLink.Url(e.Id));
        var who = e.Hypervisors.Count == 0 ? "Ecosystem"
            : string.Join(", ", e.Hypervisors.Select(id => feed.Data.AllHypervisors.FirstOrDefault(h => h.Id == id)?.Name ?? id));
        // Atom requires an instant; the first day the date can mean stands in for it, and the summary says how precise it is.
        var when = Rfc3339(e.Date.Start.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        return new XElement(Atom + "entry",
            // The entry id stays the anchor it was before the timeline was paged, so readers do not see every entry as new.
            new XElement(Atom + "id", feed.Id("/timeline#" + e.Id)),
            new XElement(Atom + "title", new XAttribute("type", "text"), Clean(e.Title)),
            new XElement(Atom + "published", when),
            new XElement(Atom + "updated", when),
            Link("alternate", permalink, "text/html"),
            Link("related", feed.Absolute(ArticlePage.Url(e.Citation.ArticleSlug, e.Citation.Anchor)), "text/html", "In the article"),
            e.Sources.Select(s => Link("related", s.Url, null, Clean(s.Title))),
            new XElement(Atom + "category", new XAttribute("term", e.Kind), new XAttribute("label", EventKinds.Name(e.Kind))),
            new XElement(Atom + "summary", new XAttribute("type", "text"),
                Clean($"{DateText.Format(e.Date)} · {EventKinds.Name(e.Kind)} · {who}. {e.Description}")));
    }

    internal static XElement Link(string rel, string href, string? type, string? title = null) =>
        new(Atom + "link", new XAttribute("rel", rel), new XAttribute("href", Clean(href)),
            type is null ? null : new XAttribute("type", type), title is null ? null : new XAttribute("title", Clean(title)));

    internal static string Rfc3339(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    // `check` refuses control characters, but a database built before that rule, or text the feed composes, must
    // never make the writer throw mid-response: XML 1.0 cannot carry them.
    internal static string Clean(string text) => new(text.Where(XmlConvert.IsXmlChar).ToArray());
}
