using System.Text;
using HypervisorCompare.Content;

namespace HypervisorCompare.ContentGenerator;

/// <summary>
/// Writes a content set in the real format (docs/content-format.md) that passes validation with no diagnostics:
/// one declarations article, an article per hypervisor and per feature category (with its support table),
/// and history articles that carry the events. The same shape and seed always give the same bytes.
/// </summary>
public static class SyntheticContent
{
    private static readonly string[] LicenceIds = ["GPL-2.0-only", "GPL-2.0-or-later", "LGPL-2.1-or-later", "Apache-2.0", "MIT", "BSD-2-Clause", "MPL-2.0"];
    private static readonly string[] Roles = ["developer", "steward", "sponsor", "maintainer", "distributor"];

    public static string Hypervisor(int i) => $"hv-{i + 1:000}";
    public static string Category(int i) => $"cat-{i + 1:00}";
    public static string Feature(int i) => $"feat-{i + 1:0000}";
    public static string Organisation(int i) => $"org-{i + 1:00}";

    /// <summary>Writes the content under <paramref name="root"/> (emptied first) and returns the bytes written.</summary>
    public static long Write(string root, ContentShape shape, int seed = 7)
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
        var prose = new Prose(seed);
        long bytes = 0;
        void Save(string relative, string text) => bytes += SaveFile(root, relative, text);

        Save("declarations.md", Declarations(shape, prose));
        for (var h = 0; h < shape.Hypervisors; h++) Save($"hypervisors/{Hypervisor(h)}.md", HypervisorArticle(shape, h, prose));
        for (var c = 0; c < shape.Categories; c++)
            foreach (var (name, text) in SupportArticles.WriteAll(shape, c, prose)) Save(name, text);
        foreach (var (name, text) in EventArticles.Write(shape, prose)) Save(name, text);
        return bytes;
    }

    /// <summary>
    /// Adds one valid article whose body is a table of <paramref name="rows"/> rows of filler (the search worst case:
    /// one article far larger than the others); returns its bytes.
    /// </summary>
    public static long WriteHugeArticle(string root, int rows, int seed = 11)
    {
        var prose = new Prose(seed);
        var text = new StringBuilder("---\ntitle: One huge table\nsummary: A single article with a very large table.\n---\n# One huge table\n\n");
        text.Append(prose.Paragraph()).Append("\n\n## Rows\n\n| Row | Note |\n|---|---|\n");
        for (var r = 0; r < rows; r++) text.Append($"| {r + 1} | {prose.Sentence(8)} |\n");
        return SaveFile(root, "huge-table.md", text.ToString());
    }

    private static long SaveFile(string root, string relative, string text)
    {
        var data = Encoding.UTF8.GetBytes(text);
        if (data.Length > ContentLoader.MaxFileBytes) throw new InvalidOperationException($"{relative} would be {data.Length:N0} bytes, over the loader's limit: use a smaller size");
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, data);
        return data.Length;
    }

    private static string Declarations(ContentShape shape, Prose prose)
    {
        var text = new StringBuilder("---\ntitle: Declarations\nsummary: Organisations, licences, glossary terms and eras of the synthetic set.\norganisations:\n");
        for (var o = 0; o < shape.Organisations; o++)
            text.Append($"  - id: {Organisation(o)}\n    name: {Prose.Yaml(prose.Name() + " Systems")}\n    website: https://{Organisation(o)}.example.org/\n    summary: {Prose.Yaml(prose.Sentence())}\n");
        text.Append("licences:\n");
        foreach (var id in LicenceIds) text.Append($"  - id: {id}\n    name: {id} licence\n    url: https://spdx.org/licenses/{id}.html\n");
        text.Append("glossary:\n");
        for (var g = 0; g < shape.GlossaryTerms; g++)
            text.Append($"  - id: term-{g + 1:000}\n    term: {Prose.Yaml(prose.Words(2) + $" {g + 1}")}\n    definition: {Prose.Yaml(prose.Sentence())}\n    aliases: [{prose.Word()}-{g + 1}]\n    sources: [{prose.Url("glossary")}]\n");
        text.Append("eras:\n");
        for (var e = 0; e < shape.Eras; e++)
        {
            var (from, to) = Period(prose);
            var lane = e % 2 == 0 ? $"    hypervisor: {Hypervisor(prose.Next(shape.Hypervisors))}\n" : "";
            text.Append($"  - id: era-{e + 1:00}\n    title: {Prose.Yaml("The " + prose.Words(2) + " years")}\n{lane}    from: {from}\n    to: {to}\n    description: {Prose.Yaml(prose.Sentence())}\n    sources: [{prose.Url("eras")}]\n");
        }
        text.Append("---\n\n# Declarations\n\n").Append(prose.Paragraph()).Append('\n');
        return text.ToString();
    }

    private static string HypervisorArticle(ContentShape shape, int h, Prose prose)
    {
        var id = Hypervisor(h);
        var name = $"{prose.Name()} {h + 1}";
        var (since, until) = Period(prose);
        var steward = Organisation(prose.Next(shape.Organisations));
        var text = new StringBuilder($"""
            ---
            title: {Prose.Yaml(name)}
            summary: {Prose.Yaml(prose.Sentence())}
            about: [{id}]
            hypervisors:
              - id: {id}
                name: {Prose.Yaml(name)}
                type: {1 + h % 2}
                summary: {Prose.Yaml(prose.Sentence(20))}
                origin: {Prose.Yaml(prose.Name() + " University")}
                first-release: {since}
                website: https://{id}.example.org/
                sources: [https://{id}.example.org/about]
                licences:
                  - component: hypervisor
                    expression: {prose.Pick(LicenceIds)}
                    since: {since}
                    sources: [{prose.Url("licence")}]
                  - component: toolstack
                    expression: {prose.Pick(LicenceIds)} OR {prose.Pick(LicenceIds)}
                    since: {since}
                    sources: [{prose.Url("licence")}]
                stewards:
                  - organisation: {steward}
                    role: {prose.Pick(Roles)}
                    since: {since}
                    until: {until}
                    sources: [{prose.Url("steward")}]
            ---

            # {name}

            {prose.Paragraph()}

            ## Architecture

            {prose.Paragraph()}

            {prose.Paragraph()}

            ## History

            {prose.Paragraph()}

            """);
        return text.ToString();
    }

    /// <summary>A since/until pair to month precision, the first strictly before the second.</summary>
    internal static (string Since, string Until) Period(Prose prose)
    {
        var start = 1995 + prose.Next(20);
        return ($"{start}-{1 + prose.Next(12):00}", $"{start + 1 + prose.Next(8)}-{1 + prose.Next(12):00}");
    }
}
