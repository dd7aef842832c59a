using HypervisorCompare.Content.Model;
using Microsoft.EntityFrameworkCore;

namespace HypervisorCompare.Web.Reader;

/// <summary>The kinds of front-matter declaration, in the order the article page lists them.</summary>
public enum DeclaredKind { Hypervisor, ComponentLicence, Steward, Organisation, Licence, Category, Feature, Term, Era }

/// <summary>
/// One front-matter declaration as the article page lists it, under its anchor: a licence or a steward has no
/// sentence in the body, so this entry is what its citation points to.
/// </summary>
/// <param name="Anchor">The declaration's <see cref="Citation.Anchor"/>.</param>
/// <param name="Kind">What kind of fact the article declares.</param>
/// <param name="Text">The fact in words.</param>
/// <param name="Subject">Id of what the fact is about (the hypervisor for licences and stewards); the page links to it.</param>
/// <param name="Sources">The declaration's sources.</param>
/// <param name="Website">An organisation's website, its only source.</param>
public sealed record DeclaredFact(string Anchor, DeclaredKind Kind, string Text, string Subject, IReadOnlyList<SourceLink> Sources, string? Website = null)
{
    /// <summary>Every declaration in one article's front matter.</summary>
    public static async Task<IReadOnlyList<DeclaredFact>> LoadAsync(HypervisorContext db, string slug)
    {
        var hypervisors = await db.Hypervisors.Include(h => h.Licences).Include(h => h.Stewards).ToListAsync();
        var names = hypervisors.ToDictionary(h => h.Id, h => h.Name);
        var organisations = await db.Organisations.ToListAsync();
        var orgNames = organisations.ToDictionary(o => o.Id, o => o.Name);
        bool Here(ICited fact) => fact.Citation.ArticleSlug == slug;
        IEnumerable<DeclaredFact> facts =
        [
            .. hypervisors.Where(Here).Select(h => new DeclaredFact(h.Citation.Anchor, DeclaredKind.Hypervisor,
                $"{h.Name}: type {h.Type}, from {h.Origin}" + (h.FirstRelease is { } d ? $", first released {DateText.Format(d)}" : ""), h.Id, h.Sources)),
            .. hypervisors.SelectMany(h => h.Licences).Where(Here).Select(l => new DeclaredFact(l.Citation.Anchor, DeclaredKind.ComponentLicence,
                $"{names.GetValueOrDefault(l.HypervisorId)} {l.Component}: {l.Expression}, {Periods.Format(l.Since, l.Until)}", l.HypervisorId, l.Sources)),
            .. hypervisors.SelectMany(h => h.Stewards).Where(Here).Select(s => new DeclaredFact(s.Citation.Anchor, DeclaredKind.Steward,
                $"{orgNames.GetValueOrDefault(s.OrganisationId, s.OrganisationId)}: {s.Role} of {names.GetValueOrDefault(s.HypervisorId)}, {Periods.Format(s.Since, s.Until)}",
                s.HypervisorId, s.Sources)),
            .. organisations.Where(Here).Select(o => new DeclaredFact(o.Citation.Anchor, DeclaredKind.Organisation,
                o.Summary.Length > 0 ? $"{o.Name}: {o.Summary}" : o.Name, o.Id, [], o.Website)),
            .. (await db.Licences.Where(l => l.Citation.ArticleSlug == slug).ToListAsync()).Select(l => new DeclaredFact(l.Citation.Anchor,
                DeclaredKind.Licence, $"{l.Id}: {l.Name}", l.Id, [])),
            .. (await db.Categories.Where(c => c.Citation.ArticleSlug == slug).ToListAsync()).Select(c => new DeclaredFact(c.Citation.Anchor,
                DeclaredKind.Category, c.Description.Length > 0 ? $"{c.Name}: {c.Description}" : c.Name, c.Id, [])),
            .. (await db.Features.Where(f => f.Citation.ArticleSlug == slug).ToListAsync()).Select(f => new DeclaredFact(f.Citation.Anchor,
                DeclaredKind.Feature, f.Description.Length > 0 ? $"{f.Name}: {f.Description}" : f.Name, f.Id, [])),
            .. (await db.Glossary.Where(g => g.Citation.ArticleSlug == slug).ToListAsync()).Select(g => new DeclaredFact(g.Citation.Anchor,
                DeclaredKind.Term, $"{g.Term}: {g.Definition}", g.Id, g.Sources)),
            .. (await db.Eras.Where(e => e.Citation.ArticleSlug == slug).ToListAsync()).Select(e => new DeclaredFact(e.Citation.Anchor,
                DeclaredKind.Era, $"{e.Title}, {Periods.Format(e.From, e.To)}: {e.Description}", e.Id, e.Sources)),
        ];
        return facts.OrderBy(f => f.Kind).ToList();
    }
}
