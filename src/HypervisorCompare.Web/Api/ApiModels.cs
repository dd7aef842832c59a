using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Api;

public sealed record CitationDto(string Article, string Anchor, int Line, string Url)
{
    public static CitationDto From(Citation c) =>
        new(c.ArticleSlug, c.Anchor, c.Line, ArticlePage.Url(c.ArticleSlug, c.Anchor));
}

public sealed record SourceDto(string Url, string Title)
{
    public static List<SourceDto> From(List<SourceLink> sources) => sources.ConvertAll(s => new SourceDto(s.Url, s.Title));
}

public sealed record MilestoneDto(string? Version, string? Date)
{
    public static MilestoneDto? From(Milestone? m) => m is null ? null : new(m.Version, m.Date?.ToString());
}

public sealed record HypervisorDto(
    string Id, string Name, int Type, string Summary, string Origin, string? FirstRelease, string Website,
    List<LicenceDto> Licences, List<StewardDto> Stewards, List<SourceDto> Sources, CitationDto Citation, int? Order, bool CompareByDefault, string? BuiltOn)
{
    public static HypervisorDto From(Hypervisor h) =>
        new(h.Id, h.Name, h.Type, h.Summary, h.Origin, h.FirstRelease?.ToString(), h.Website,
            h.Licences.Select(l => new LicenceDto(l.Component, l.Expression, l.Since?.ToString(), l.Until?.ToString(), SourceDto.From(l.Sources), CitationDto.From(l.Citation))).ToList(),
            h.Stewards.Select(s => new StewardDto(s.OrganisationId, s.Role, s.Since?.ToString(), s.Until?.ToString(), SourceDto.From(s.Sources), CitationDto.From(s.Citation))).ToList(),
            SourceDto.From(h.Sources), CitationDto.From(h.Citation), h.Order, h.CompareByDefault, h.BuiltOn);
}

public sealed record LicenceDto(string Component, string Expression, string? Since, string? Until, List<SourceDto> Sources, CitationDto Citation);

public sealed record StewardDto(string Organisation, string Role, string? Since, string? Until, List<SourceDto> Sources, CitationDto Citation);

public sealed record FeatureDto(string Id, string Name, string Category, string Description, List<string> Synonyms, List<SupportDto> Support,
    List<ParityDto> Parity)
{
    public static FeatureDto From(Feature f, IReadOnlyCollection<FeatureSupport> support, IReadOnlyList<Hypervisor> hypervisors, DateOnly today) =>
        new(f.Id, f.Name, f.CategoryId, f.Description, f.Synonyms, support.Select(SupportDto.From).ToList(),
            // As on the feature page: who had it first is asked of hypervisors, not of the products built on them.
            FeatureParity.Compute(f.Id, hypervisors.Where(h => !h.IsProduct).ToList(), support, today).Rows.Select(ParityDto.From).ToList());

    /// <summary>
    /// Only these hypervisors' support and parity rows (all when none are named); parity stays measured against every
    /// hypervisor, so "first" means first of all, not first of those asked for.
    /// </summary>
    public FeatureDto Only(IReadOnlyCollection<string> hypervisorIds) => hypervisorIds.Count == 0 ? this : this with
    {
        Support = Support.Where(s => hypervisorIds.Contains(s.Hypervisor)).ToList(),
        Parity = Parity.Where(p => hypervisorIds.Contains(p.Hypervisor)).ToList(),
    };
}

/// <summary>A hypervisor's arrival at a feature against the first to support it (<see cref="FeatureParity"/>).</summary>
public sealed record ParityDto(string Hypervisor, string Standing, string? PartialSince, string? YesSince, string Lag, int? LagMonths)
{
    public static ParityDto From(ParityRow r) =>
        new(r.Hypervisor.Id, Kebab(r.Standing), r.Partial?.ToString(), r.Yes?.ToString(), r.Lag, r.LagMonths);

    private static string Kebab(ParityStanding s) => s switch
    {
        ParityStanding.NotYet => "not-yet",
        ParityStanding.YesUndated => "yes-undated",
        ParityStanding.NotApplicable => "not-applicable",
        ParityStanding.NotResearched => "not-researched",
        _ => s.ToString().ToLowerInvariant(),
    };
}

/// <summary>A support row; <c>InheritedFrom</c> names the base hypervisor of a product's inherited row (its citation is the base's).</summary>
public sealed record SupportDto(string Hypervisor, string Level, string Note, MilestoneDto? Since, MilestoneDto? Until, List<SourceDto> Sources, CitationDto? Citation,
    string? InheritedFrom)
{
    public static SupportDto From(FeatureSupport s) =>
        new(s.HypervisorId, SupportLevels.ToText(s.Level), s.Note, MilestoneDto.From(s.Since), MilestoneDto.From(s.Until), SourceDto.From(s.Sources), CitationDto.From(s.Citation),
            s.InheritedFrom);
}

public sealed record EventDto(
    string Id, string Date, string Precision, bool Approximate, string Kind, List<string> Hypervisors,
    string Title, string Description, List<SourceDto> Sources, CitationDto Citation)
{
    public static EventDto From(TimelineEvent e) =>
        new(e.Id, e.Date.Iso, e.Date.Precision.ToString().ToLowerInvariant(), e.Date.Approximate, e.Kind, e.Hypervisors,
            e.Title, e.Description, SourceDto.From(e.Sources), CitationDto.From(e.Citation));
}

public sealed record ArticleDto(string Slug, string Title, string Summary, List<string> About);

/// <summary>What <c>/api/compare</c> answers: exactly what /compare shows for the same query.</summary>
public sealed record CompareDto(string AsOf, string? Vs, List<CellChangeDto>? Changes, List<NamedDto> Hypervisors, List<CompareRowDto> Features);

public sealed record CellChangeDto(string Feature, string Hypervisor, string From, string To, string Kind);

public sealed record NamedDto(string Id, string Name);

/// <summary>A row of the comparison: one cell per compared hypervisor, in column order.</summary>
public sealed record CompareRowDto(string Id, string Name, string Category, List<SupportDto> Support);
