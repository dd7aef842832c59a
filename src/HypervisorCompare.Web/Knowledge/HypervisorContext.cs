using System.Text.Json;
using HypervisorCompare.Content.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace HypervisorCompare.Web.Knowledge;

/// <summary>The knowledge base: a read-only SQLite file built from content/ by <see cref="ContentIngestor"/>.</summary>
public sealed class HypervisorContext(DbContextOptions<HypervisorContext> options) : DbContext(options)
{
    public DbSet<Hypervisor> Hypervisors => Set<Hypervisor>();
    public DbSet<ComponentLicence> ComponentLicences => Set<ComponentLicence>();
    public DbSet<Stewardship> Stewardships => Set<Stewardship>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<Licence> Licences => Set<Licence>();
    public DbSet<Category> Categories => Set<Category>();
    public DbSet<Feature> Features => Set<Feature>();
    public DbSet<FeatureSupport> Support => Set<FeatureSupport>();
    public DbSet<TimelineEvent> Events => Set<TimelineEvent>();
    public DbSet<GlossaryTerm> Glossary => Set<GlossaryTerm>();
    public DbSet<Era> Eras => Set<Era>();
    public DbSet<Article> Articles => Set<Article>();
    public DbSet<ArticleSection> Sections => Set<ArticleSection>();
    public DbSet<ContentInfo> ContentInfo => Set<ContentInfo>();

    // A Milestone with neither version nor date means "no milestone", so EF's reading of all-null columns as null is right.
    protected override void OnConfiguring(DbContextOptionsBuilder options) =>
        options.ConfigureWarnings(w => w.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.OptionalDependentWithoutIdentifyingPropertyWarning));

    protected override void ConfigureConventions(ModelConfigurationBuilder builder)
    {
        builder.Properties<PartialDate>().HaveConversion<PartialDateConverter>();
        builder.Properties<SupportLevel>().HaveConversion<SupportLevelConverter>();
        builder.Properties<List<SourceLink>>().HaveConversion<SourcesConverter, SourcesComparer>();
    }

    protected override void OnModelCreating(ModelBuilder model)
    {
        model.Entity<Hypervisor>(e =>
        {
            e.HasMany(h => h.Licences).WithOne().HasForeignKey(l => l.HypervisorId);
            e.HasMany(h => h.Stewards).WithOne().HasForeignKey(s => s.HypervisorId);
        });
        model.Entity<ComponentLicence>().HasKey(l => l.Key);
        model.Entity<Stewardship>().HasKey(s => s.Key);
        model.Entity<FeatureSupport>(e =>
        {
            e.HasKey(s => s.Key);
            e.HasIndex(s => new { s.FeatureId, s.HypervisorId });
            e.OwnsOne(s => s.Since);
            e.OwnsOne(s => s.Until);
        });
        model.Entity<Article>(e =>
        {
            e.HasKey(a => a.Slug);
            e.Ignore(a => a.Passages);
            e.HasMany(a => a.Sections).WithOne().HasForeignKey(s => s.ArticleSlug);
        });
        model.Entity<ArticleSection>().HasKey(s => s.Key);
        model.Entity<ContentInfo>().HasKey(i => i.Version);
        foreach (var type in model.Model.GetEntityTypes().Where(t => typeof(ICited).IsAssignableFrom(t.ClrType)).ToList())
            model.Entity(type.ClrType).ComplexProperty(typeof(Citation), nameof(ICited.Citation));
    }

    private sealed class PartialDateConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<PartialDate, string>(
        d => d.ToString(), s => PartialDate.Parse(s));

    private sealed class SupportLevelConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<SupportLevel, string>(
        l => SupportLevels.ToText(l), s => SupportLevels.Parse(s));

    private sealed class SourcesConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<List<SourceLink>, string>(
        l => JsonSerializer.Serialize(l, SourcesJson.Default.ListSourceLink), s => JsonSerializer.Deserialize(s, SourcesJson.Default.ListSourceLink) ?? new());

    private sealed class SourcesComparer() : ValueComparer<List<SourceLink>>(
        (a, b) => a!.SequenceEqual(b!), l => l.Aggregate(0, (h, s) => HashCode.Combine(h, s)), l => l.ToList());
}
