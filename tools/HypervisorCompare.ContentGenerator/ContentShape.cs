namespace HypervisorCompare.ContentGenerator;

/// <summary>
/// How much synthetic content to write. Scale 1 is 50 hypervisors, 1,000 features in 20 categories, 10,000 events
/// and 500 articles; every count is multiplied by the scale. Every feature has a row for every hypervisor, so the
/// support matrix (50,000 rows at scale 1) grows with the square of the scale.
/// </summary>
public sealed record ContentShape(double Scale, int Hypervisors, int Categories, int Features, int Events, int Articles,
    int Organisations, int GlossaryTerms, int Eras)
{
    public static ContentShape At(double scale)
    {
        if (scale is <= 0 or > 5) throw new ArgumentOutOfRangeException(nameof(scale), scale, "scale must be above 0 and at most 5");
        int Times(int n, int atLeast) => Math.Max(atLeast, (int)Math.Round(n * scale));
        var hypervisors = Times(50, 2);
        var categories = Times(20, 1);
        // Declarations, one article per hypervisor and per category, and at least one article of events.
        var parts = categories * ((hypervisors - 1) / SupportArticles.HypervisorsPerArticle);
        var articles = Math.Max(Times(500, 1), 1 + hypervisors + categories + parts + 1);
        return new ContentShape(scale, hypervisors, categories, Times(1000, categories), Times(10_000, 1), articles,
            Times(30, 2), Times(100, 1), Times(20, 1));
    }

    /// <summary>Further support articles per category when it has more hypervisors than one article holds.</summary>
    public int SupportParts => Categories * ((Hypervisors - 1) / SupportArticles.HypervisorsPerArticle);

    /// <summary>Articles that carry only events and prose.</summary>
    public int HistoryArticles => Articles - 1 - Hypervisors - Categories - SupportParts;
}
