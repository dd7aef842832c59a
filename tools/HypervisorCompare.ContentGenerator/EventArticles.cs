using System.Text;
using HypervisorCompare.Content.Model;

namespace HypervisorCompare.ContentGenerator;

/// <summary>History articles: prose, links to other articles, and the dated events of the set dealt out evenly.</summary>
internal static class EventArticles
{
    public static IEnumerable<(string Path, string Text)> Write(ContentShape shape, Prose prose)
    {
        var count = shape.HistoryArticles;
        for (var a = 0; a < count; a++)
        {
            var slug = $"history-{a + 1:000}";
            var about = Enumerable.Range(0, 1 + prose.Next(3)).Select(_ => SyntheticContent.Hypervisor(prose.Next(shape.Hypervisors))).Distinct().ToList();
            var text = new StringBuilder($"""
                ---
                title: {Prose.Yaml($"History {a + 1}: {prose.Words(3)}")}
                summary: {Prose.Yaml(prose.Sentence())}
                about: [{string.Join(", ", about)}]
                ---

                # History {a + 1}

                {prose.Paragraph()}

                ## Background

                {prose.Paragraph()}

                {Links(shape, about[0], prose)}

                ## Timeline


                """);
            // Event i goes to article i mod count, so ids stay unique and every article gets its share.
            for (var e = a; e < shape.Events; e += count) text.Append(Event(shape, e, prose)).Append('\n');
            yield return ($"history/{slug}.md", text.ToString());
        }
    }

    /// <summary>Links to a hypervisor's article section and to a support row, both of which the validator checks.</summary>
    private static string Links(ContentShape shape, string hypervisor, Prose prose)
    {
        var feature = prose.Next(shape.Features);
        var category = SyntheticContent.Category(feature % shape.Categories);
        // Hypervisors past the first hundred have their rows in the category's later parts.
        var part = (int.Parse(hypervisor[3..], System.Globalization.CultureInfo.InvariantCulture) - 1) / SupportArticles.HypervisorsPerArticle + 1;
        var article = part == 1 ? $"features-{category}" : $"features-{category}-part-{part}";
        return Prose.Wrap($"See [the history of {hypervisor}]({hypervisor}#history) and " +
            $"[its support for {SyntheticContent.Feature(feature)}]({article}#support-{SyntheticContent.Feature(feature)}-{hypervisor}).");
    }

    private static string Event(ContentShape shape, int e, Prose prose)
    {
        var involved = prose.Chance(0.1) ? "-"
            : string.Join(", ", Enumerable.Range(0, 1 + prose.Next(2)).Select(_ => SyntheticContent.Hypervisor(prose.Next(shape.Hypervisors))).Distinct());
        var lead = $"- {prose.Date()} | {prose.Pick(TimelineEvent.Kinds)} | {involved} | ev-{e + 1:000000} | **{prose.Sentence(6).TrimEnd('.')}.** ";
        return lead + Prose.Wrap($"{prose.Sentence()} [{prose.Word()} announcement]({prose.Url("news")})", "  ");
    }
}
