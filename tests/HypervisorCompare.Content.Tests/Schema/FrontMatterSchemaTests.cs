using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HypervisorCompare.Content.Model;
using HypervisorCompare.Content.Schema;
using Json.Schema;

namespace HypervisorCompare.Content.Tests.Schema;

/// <summary>The generated schema: committed as generated, and in agreement with what the real content and the reader accept.</summary>
public class FrontMatterSchemaTests
{
    internal static readonly JsonSchema Schema = JsonSchema.FromText(FrontMatterSchema.Json);

    private static readonly EvaluationOptions Options = new() { OutputFormat = OutputFormat.Hierarchical };
    private static readonly Lock Evaluating = new();

    /// <summary>
    /// One evaluation at a time: JsonSchema.Net 7.4.0 caches state on the schema while it evaluates, and test classes
    /// evaluating the shared schema in parallel got wrong answers now and then (json-everything issue 929; reproduced
    /// here with 32 parallel evaluations: a few wrong in 1,280, none with this lock).
    /// </summary>
    internal static EvaluationResults Evaluate(JsonNode? frontMatter)
    {
        lock (Evaluating) return Schema.Evaluate(frontMatter, Options);
    }

    /// <summary>The errors that make the result invalid: those under a passing <c>anyOf</c> branch are left out.</summary>
    internal static IEnumerable<string> Errors(EvaluationResults results)
    {
        if (results.IsValid) yield break;
        foreach (var error in results.Errors ?? new Dictionary<string, string>()) yield return $"{results.InstanceLocation}: {error.Value}";
        foreach (var inner in results.Details.SelectMany(Errors)) yield return inner;
    }

    public static TheoryData<string> Articles() =>
        [.. Directory.EnumerateFiles(RealContentTests.RepositoryContent(), "*.md", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RealContentTests.RepositoryContent(), f).Replace('\\', '/')).Order(StringComparer.Ordinal)];

    [Fact]
    public void CommittedSchema_IsByteForByteWhatTheGeneratorWritesNow()
    {
        var committed = Path.Combine(RealContentTests.RepositoryContent(), ".schema", FrontMatterSchema.FileName);
        Assert.True(File.Exists(committed), $"{committed} is missing: run `dotnet run --project src/HypervisorCompare.Web -- schema` and commit it");
        Assert.True(File.ReadAllBytes(committed).AsSpan().SequenceEqual(Encoding.UTF8.GetBytes(FrontMatterSchema.Json)),
            $"content/.schema/{FrontMatterSchema.FileName} is not what the generator writes now (the model or a rule changed): " +
            "run `dotnet run --project src/HypervisorCompare.Web -- schema` and commit the file");
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public void RealArticle_FrontMatter_ValidatesAgainstTheSchema(string article)
    {
        var results = Evaluate(FrontMatterJson.Of(File.ReadAllText(Path.Combine(RealContentTests.RepositoryContent(), article))));

        Assert.True(results.IsValid, $"content/{article}:\n" + string.Join('\n', Errors(results)));
    }

    [Fact]
    public void RealContent_HasArticlesForTheSchemaToCheck() => Assert.True(Articles().Count >= 30);

    [Fact]
    public void Schema_DescribesEveryKindOfDeclaration_ByTheKeysTheReaderReads()
    {
        var defs = JsonNode.Parse(FrontMatterSchema.Json)!["$defs"]!.AsObject();

        Assert.Equal(["category", "componentLicence", "era", "feature", "glossaryTerm", "hypervisor", "licence", "organisation", "stewardship"],
            defs.Where(d => d.Value!["type"] is JsonValue type && type.GetValue<string>() == "object").Select(d => d.Key));
        Assert.Equal(["id", "name", "type", "summary", "origin", "first-release", "website", "sources", "order", "compare-by-default", "licences", "stewards", "built-on"],
            defs["hypervisor"]!["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(["organisation", "role", "since", "until", "sources"], defs["stewardship"]!["properties"]!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void Schema_UsesOnlyKeywordsThatMeanTheSameInDraft07_TheDraftEditorToolingValidatesWith()
    {
        string[] keywords = ["$schema", "$ref", "$defs", "title", "description", "type", "properties", "additionalProperties",
            "required", "items", "minItems", "enum", "anyOf", "pattern", "minimum", "maximum"];
        var problems = new List<string>();
        void Walk(JsonObject schema, string at)
        {
            problems.AddRange(schema.Select(k => k.Key).Except(keywords).Select(k => $"{at}: {k}"));
            // Draft-07 ignores every keyword beside a $ref.
            if (schema.ContainsKey("$ref") && schema.Count > 1) problems.Add($"{at}: $ref with siblings");
            foreach (var group in new[] { "properties", "$defs" })
                foreach (var (name, inner) in schema[group]?.AsObject() ?? [])
                    Walk(inner!.AsObject(), $"{at}/{group}/{name}");
            if (schema["items"] is JsonObject items) Walk(items, $"{at}/items");
            foreach (var (branch, i) in (schema["anyOf"]?.AsArray() ?? []).Select((b, i) => (b, i))) Walk(branch!.AsObject(), $"{at}/anyOf/{i}");
        }

        Walk(JsonNode.Parse(FrontMatterSchema.Json)!.AsObject(), "#");

        Assert.Empty(problems);
    }

    [Fact]
    public void DatePattern_AcceptsExactlyWhatThePartialDateParserAccepts()
    {
        var pattern = new Regex(PartialDate.Pattern, RegexOptions.ECMAScript);
        var disagreements = new List<string>();
        foreach (var text in Dates())
            if (pattern.IsMatch(text) != PartialDate.TryParse(text, out _, out _)) disagreements.Add(text);

        Assert.Empty(disagreements.Take(20));
    }

    // Every year either side of the range's ends and of the leap-year exceptions, with every month and day from 0 to 32.
    private static IEnumerable<string> Dates()
    {
        var years = Enumerable.Range(1890, 530).Concat(Enumerable.Range(9990, 10)).Select(y => y.ToString("0000"));
        foreach (var year in years.Concat(["0999", "190", "19000", "abcd"]))
        {
            foreach (var prefix in new[] { "", "~" })
            {
                yield return prefix + year;
                for (var month = 0; month <= 13; month++)
                {
                    yield return $"{prefix}{year}-{month:00}";
                    for (var day = 0; day <= 32; day++) yield return $"{prefix}{year}-{month:00}-{day:00}";
                }
            }
        }
        yield return "2003-1";
        yield return "2003-10-2";
        yield return "~~2003";
        yield return "2003-10-02-01";
    }
}
