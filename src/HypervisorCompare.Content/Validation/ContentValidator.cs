using System.Text.RegularExpressions;
using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Content.Validation;

/// <summary>Checks the whole content set at once: ids, references, dates, sources and completeness.</summary>
public static partial class ContentValidator
{
    /// <summary>Reports every problem in <paramref name="content"/> to <paramref name="diagnostics"/>.</summary>
    public static void Validate(ContentSet content, DiagnosticBag diagnostics, DateOnly today)
    {
        var ids = new IdChecks(diagnostics);
        ids.Unique("article slug", content.Articles.Select(a => (a.Slug, new Citation { Path = a.Path, Line = 1, Column = 1 })));
        var hypervisors = ids.Unique("hypervisor", content.Hypervisors.Select(h => (h.Id, h.Citation)));
        var organisations = ids.Unique("organisation", content.Organisations.Select(o => (o.Id, o.Citation)));
        var licences = ids.UniqueLicences(content.Licences);
        var categories = ids.Unique("category", content.Categories.Select(c => (c.Id, c.Citation)));
        var features = ids.Unique("feature", content.Features.Select(f => (f.Id, f.Citation)));
        var events = ids.Unique("event", content.Events.Select(e => (e.Id, e.Citation)));
        ids.Unique("glossary term", content.Glossary.Select(g => (g.Id, g.Citation)));
        ids.Unique("era", content.Eras.Select(e => (e.Id, e.Citation)));

        var refs = new ReferenceChecks(diagnostics);
        foreach (var article in content.Articles)
            refs.Each(article.About, hypervisors, "hypervisor", new Citation { Path = article.Path, Line = 1, Column = 1 });
        foreach (var h in content.Hypervisors)
        {
            if (!Hypervisor.Types.Contains(h.Type)) diagnostics.Error(h.Citation, $"hypervisor type must be {string.Join(" or ", Hypervisor.Types)}, not {h.Type}");
            Require(diagnostics, h.Citation, h.Name, "hypervisor needs a 'name'");
            FactChecks.Website(diagnostics, h.Citation, h.Website, $"hypervisor '{h.Id}'");
            FactChecks.Sources(diagnostics, h.Citation, h.Sources, $"hypervisor '{h.Id}'");
            if (h.BuiltOn is { } baseId) BuiltOn(diagnostics, refs, content, hypervisors, h, baseId);
            foreach (var l in h.Licences)
            {
                refs.Expression(l.Expression, licences, l.Citation);
                FactChecks.Period(diagnostics, l.Citation, l.Since, l.Until, today);
                FactChecks.Sources(diagnostics, l.Citation, l.Sources, $"licence of '{h.Id}' {l.Component}");
            }
            foreach (var s in h.Stewards)
            {
                refs.One(s.OrganisationId, organisations, "organisation", s.Citation);
                FactChecks.Period(diagnostics, s.Citation, s.Since, s.Until, today);
                FactChecks.Sources(diagnostics, s.Citation, s.Sources, $"steward '{s.OrganisationId}' of '{h.Id}'");
            }
        }
        foreach (var o in content.Organisations) FactChecks.Website(diagnostics, o.Citation, o.Website, $"organisation '{o.Id}'");
        foreach (var f in content.Features) refs.One(f.CategoryId, categories, "category", f.Citation);
        foreach (var e in content.Eras)
        {
            if (e.HypervisorId is not null) refs.One(e.HypervisorId, hypervisors, "hypervisor", e.Citation);
            if (e.From is null) diagnostics.Error(e.Citation, $"era '{e.Id}' needs 'from'");
            FactChecks.Period(diagnostics, e.Citation, e.From, e.To, today);
            FactChecks.Sources(diagnostics, e.Citation, e.Sources, $"era '{e.Id}'");
        }
        foreach (var g in content.Glossary) FactChecks.Sources(diagnostics, g.Citation, g.Sources, $"glossary term '{g.Id}'");
        foreach (var e in content.Events)
        {
            refs.Each(e.Hypervisors, hypervisors, "hypervisor", e.Citation);
            FactChecks.NotFuture(diagnostics, e.Citation, e.Date, today);
            FactChecks.Sources(diagnostics, e.Citation, e.Sources, $"event '{e.Id}'");
        }
        foreach (var s in content.Support)
        {
            refs.One(s.FeatureId, features, "feature", s.Citation);
            refs.One(s.HypervisorId, hypervisors, "hypervisor", s.Citation);
            if (s.Level == SupportLevel.Partial && s.Note.Length == 0) diagnostics.Error(s.Citation, "partial support needs a note saying what is missing");
            FactChecks.Period(diagnostics, s.Citation, s.Since?.Date, s.Until?.Date, today);
            foreach (var named in new[] { s.Since?.EventId, s.Until?.EventId }.OfType<string>()) refs.One(named, events, "event", s.Citation);
            FactChecks.Sources(diagnostics, s.Citation, s.Sources, $"support of '{s.FeatureId}' by '{s.HypervisorId}'");
        }
        CheckArticleLinks(content, diagnostics);
        FactChecks.Overlaps(diagnostics, content.Support);
    }

    // One level only: a product's inherited cells are its base's stated cells, so a chain would need an order.
    private static void BuiltOn(DiagnosticBag diagnostics, ReferenceChecks refs, ContentSet content, HashSet<string> hypervisors, Hypervisor h, string baseId)
    {
        refs.One(baseId, hypervisors, "hypervisor", h.Citation);
        if (baseId == h.Id) diagnostics.Error(h.Citation, $"'{h.Id}' cannot be built on itself");
        else if (content.Hypervisors.FirstOrDefault(b => b.Id == baseId) is { IsProduct: true })
            diagnostics.Error(h.Citation, $"'{h.Id}' is built on '{baseId}', which is itself a product: name the hypervisor underneath");
    }

    private static void CheckArticleLinks(ContentSet content, DiagnosticBag diagnostics)
    {
        var anchors = content.Articles.DistinctBy(a => a.Slug).ToDictionary(a => a.Slug, a => a.Sections.Select(s => s.Anchor).ToHashSet());
        IEnumerable<ICited> facts = [.. content.Support, .. content.Events, .. content.Hypervisors,
            .. content.Hypervisors.SelectMany(h => h.Licences), .. content.Hypervisors.SelectMany(h => h.Stewards),
            .. content.Organisations, .. content.Licences, .. content.Categories, .. content.Features, .. content.Glossary, .. content.Eras];
        TextChecks.ControlCharacters(diagnostics, facts);
        TextChecks.ControlCharacters(diagnostics, content.Articles);
        foreach (var fact in facts)
            if (anchors.TryGetValue(fact.Citation.ArticleSlug, out var set)) set.Add(fact.Citation.Anchor);
        foreach (var link in content.ArticleLinks)
        {
            if (!anchors.TryGetValue(link.Slug, out var targets))
                diagnostics.Error(link.At, $"link to unknown article '{link.Slug}'");
            else if (link.Anchor.Length > 0 && !targets.Contains(link.Anchor))
                diagnostics.Error(link.At, $"link to unknown anchor '#{link.Anchor}' in article '{link.Slug}'");
        }
    }

    internal static void Require(DiagnosticBag diagnostics, Citation at, string? value, string message)
    {
        if (string.IsNullOrWhiteSpace(value)) diagnostics.Error(at, message);
    }

    /// <summary>The id pattern, also written into the front-matter schema (it is valid ECMAScript as well as .NET).</summary>
    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    internal static partial Regex KebabCase();
}
