using System.Text;

namespace HypervisorCompare.ContentGenerator;

/// <summary>One article per category: it declares the category and its features, and states every hypervisor's support.</summary>
internal static class SupportArticles
{
    private static readonly string[] Levels = ["yes", "yes", "yes", "yes", "partial", "partial", "no", "no", "unknown", "not-applicable"];

    /// <summary>Features are dealt to categories in turn, so each category gets features/categories of them.</summary>
    public static IEnumerable<int> FeaturesOf(ContentShape shape, int category) =>
        Enumerable.Range(0, shape.Features).Where(f => f % shape.Categories == category);

    /// <summary>Hypervisors per support article: a category's table for more of them goes on in further parts, so no
    /// file passes the loader's 1 MiB limit (at scale 4 a category has 50 features × 200 hypervisors).</summary>
    public const int HypervisorsPerArticle = 100;

    /// <summary>The category's article (declarations and the first hypervisors' rows), then a part per further 100 hypervisors.</summary>
    public static IEnumerable<(string Path, string Text)> WriteAll(ContentShape shape, int category, Prose prose)
    {
        var id = SyntheticContent.Category(category);
        yield return ($"features/features-{id}.md", Write(shape, category, prose));
        var features = FeaturesOf(shape, category).ToList();
        for (var first = HypervisorsPerArticle; first < shape.Hypervisors; first += HypervisorsPerArticle)
        {
            var part = first / HypervisorsPerArticle + 1;
            var text = new StringBuilder($"""
                ---
                title: {Prose.Yaml($"Feature catalogue {category + 1}, part {part}")}
                summary: {Prose.Yaml(prose.Sentence())}
                ---

                # Support, part {part}

                {prose.Paragraph()}

                ## Support


                """);
            text.Append("| Feature | Hypervisor | Support | Since | Until | Note | Sources |\n|---|---|---|---|---|---|---|\n");
            foreach (var f in features)
                for (var h = first; h < Math.Min(shape.Hypervisors, first + HypervisorsPerArticle); h++)
                    Rows(text, SyntheticContent.Feature(f), SyntheticContent.Hypervisor(h), prose);
            yield return ($"features/features-{id}-part-{part}.md", text.ToString());
        }
    }

    private static string Write(ContentShape shape, int category, Prose prose)
    {
        var id = SyntheticContent.Category(category);
        var name = $"{prose.Word()} {prose.Word()} {category + 1}";
        var text = new StringBuilder($"""
            ---
            title: {Prose.Yaml("Feature catalogue: " + name)}
            summary: {Prose.Yaml(prose.Sentence())}
            categories:
              - id: {id}
                name: {Prose.Yaml(char.ToUpperInvariant(name[0]) + name[1..])}
                description: {Prose.Yaml(prose.Sentence())}
                order: {category + 1}
            features:

            """);
        var features = FeaturesOf(shape, category).ToList();
        foreach (var f in features)
            text.Append($"  - id: {SyntheticContent.Feature(f)}\n    name: {Prose.Yaml($"{prose.Word()} {prose.Word()} {f + 1}")}\n    category: {id}\n" +
                $"    description: {Prose.Yaml(prose.Sentence())}\n    synonyms: [{prose.Word()}-{f + 1}, {prose.Word()}]\n");
        text.Append($"---\n\n# {name}\n\n{prose.Paragraph()}\n\n## Support\n\n");
        text.Append("| Feature | Hypervisor | Support | Since | Until | Note | Sources |\n|---|---|---|---|---|---|---|\n");
        foreach (var f in features)
            for (var h = 0; h < Math.Min(shape.Hypervisors, HypervisorsPerArticle); h++) Rows(text, SyntheticContent.Feature(f), SyntheticContent.Hypervisor(h), prose);
        text.Append($"\n## Notes\n\n{prose.Paragraph()}\n");
        return text.ToString();
    }

    /// <summary>Usually one row; one cell in ten changed over time and has two rows that meet at a release.</summary>
    private static void Rows(StringBuilder text, string feature, string hypervisor, Prose prose)
    {
        var source = $"[{prose.Word()} docs]({prose.Url("docs")})";
        if (prose.Chance(0.1))
        {
            var change = $"v{1 + prose.Next(9)}.{prose.Next(20)} ({2005 + prose.Next(19)}-{1 + prose.Next(12):00}-{1 + prose.Next(28):00})";
            text.Append($"| {feature} | {hypervisor} | no | | {change} | | {source} |\n");
            text.Append($"| {feature} | {hypervisor} | yes | {change} | | {prose.Sentence(5)} | {source}, [{prose.Word()}]({prose.Url("release")}) |\n");
            return;
        }
        var level = prose.Pick(Levels);
        var since = level == "yes" && prose.Chance(0.6) ? $"v{1 + prose.Next(9)}.{prose.Next(20)} ({prose.Date().TrimStart('~')})" : "";
        var note = level == "partial" || prose.Chance(0.2) ? prose.Sentence(6) : "";
        text.Append($"| {feature} | {hypervisor} | {level} | {since} | | {note} | {source} |\n");
    }
}
