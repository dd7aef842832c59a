using System.Text.Json;
using System.Text.Json.Nodes;
using HypervisorCompare.Content.Schema;

namespace HypervisorCompare.Content.Tests.Schema;

/// <summary>
/// The schema's required keys are the keys <c>check</c> requires: an article declaring one of every kind with every key
/// is valid to both, and leaving out any one key is an error to both, or to neither. Keys come from the generated schema,
/// so a key added to the model is tried here too (and the probe must give it a value).
/// </summary>
public class RequiredKeysTests
{
    /// <summary>Where each kind of declaration sits in the probe article.</summary>
    private static readonly Dictionary<string, string[]> Kinds = new()
    {
        [""] = [],
        ["hypervisor"] = ["hypervisors"],
        ["componentLicence"] = ["hypervisors", "licences"],
        ["stewardship"] = ["hypervisors", "stewards"],
        ["organisation"] = ["organisations"],
        ["licence"] = ["licences"],
        ["category"] = ["categories"],
        ["feature"] = ["features"],
        ["glossaryTerm"] = ["glossary"],
        ["era"] = ["eras"],
    };

    private sealed record Omission(string Kind, string Key, bool RequiredBySchema);

    [Fact]
    public void LeavingOutAKey_IsAnErrorToCheckExactlyWhenTheSchemaRequiresIt()
    {
        var schema = JsonNode.Parse(FrontMatterSchema.Json)!.AsObject();
        var omissions = Kinds.Keys.SelectMany(kind =>
        {
            var def = kind.Length == 0 ? schema : schema["$defs"]![kind]!.AsObject();
            var required = def["required"]?.AsArray().Select(r => r!.GetValue<string>()).ToHashSet() ?? [];
            return def["properties"]!.AsObject().Select(p => new Omission(kind, p.Key, required.Contains(p.Key)));
        }).ToList();
        Assert.Equal(schema["$defs"]!.AsObject().Count(d => d.Value!["properties"] is not null), Kinds.Count - 1);

        using var content = new TestContent();
        content.Write("probe-0.md", Markdown(Probe(0)));
        var probes = omissions.Select((omission, i) =>
        {
            var probe = Probe(i + 1);
            var declaration = Kinds[omission.Kind].Aggregate(probe, (node, list) => node[list]![0]!.AsObject());
            Assert.True(declaration.Remove(omission.Key), $"the probe has no '{omission.Key}' in {omission.Kind}: give it one");
            content.Write($"probe-{i + 1}.md", Markdown(probe));
            return probe;
        }).ToList();
        var result = content.Load();

        Assert.DoesNotContain(result.Diagnostics, d => d.Path == "content/probe-0.md");
        Assert.True(FrontMatterSchemaTests.Evaluate(Probe(0)).IsValid, string.Join('\n', FrontMatterSchemaTests.Errors(FrontMatterSchemaTests.Evaluate(Probe(0)))));
        var disagreements = omissions.Select((omission, i) =>
        {
            var checkErrors = result.Diagnostics.Where(d => d.Path == $"content/probe-{i + 1}.md").Select(d => d.Message).ToList();
            var schemaRejects = !FrontMatterSchemaTests.Evaluate(probes[i]).IsValid;
            return checkErrors.Count > 0 == omission.RequiredBySchema && schemaRejects == omission.RequiredBySchema ? null
                : $"{omission.Kind} without '{omission.Key}': the schema {(schemaRejects ? "rejects" : "accepts")} it, check says [{string.Join("; ", checkErrors)}]";
        }).OfType<string>().ToList();

        Assert.True(disagreements.Count == 0, string.Join('\n', disagreements));
    }

    // JSON is YAML too: the probe goes into the front matter as an indented flow mapping.
    private static string Markdown(JsonObject frontMatter) =>
        $"---\n{frontMatter.ToJsonString(new JsonSerializerOptions { WriteIndented = true })}\n---\n# Probe\n";

    /// <summary>One declaration of every kind, every key given, referring only to the test declarations (xen, kvm, citrix, memory).</summary>
    private static JsonObject Probe(int n)
    {
        var id = $"probe-{n}";
        JsonArray sources() => [$"https://probe{n}.example.org/"];
        return new JsonObject
        {
            ["title"] = $"Probe {n}", ["summary"] = "Declares one of everything.", ["slug"] = id, ["about"] = new JsonArray("xen"),
            ["hypervisors"] = new JsonArray(new JsonObject
            {
                ["id"] = id, ["name"] = $"Probe {n}", ["type"] = 1, ["summary"] = "A probe.", ["origin"] = "Tests",
                ["first-release"] = "2003-10", ["website"] = $"https://probe{n}.example.org/", ["sources"] = sources(),
                ["order"] = 100 + n, ["compare-by-default"] = false,
                ["licences"] = new JsonArray(new JsonObject
                {
                    ["component"] = "hypervisor", ["expression"] = "GPL-2.0-only", ["since"] = 2004, ["until"] = "2005-06", ["sources"] = sources(),
                }),
                ["stewards"] = new JsonArray(new JsonObject
                {
                    ["organisation"] = "citrix", ["role"] = "developer", ["since"] = "2004", ["until"] = "~2006", ["sources"] = sources(),
                }),
                ["built-on"] = "kvm",
            }),
            ["organisations"] = new JsonArray(new JsonObject
            {
                ["id"] = id, ["name"] = $"Probe {n} Ltd", ["website"] = $"https://probe{n}.example.org/", ["summary"] = "A probe.",
            }),
            ["licences"] = new JsonArray(new JsonObject { ["id"] = $"LicenseRef-Probe-{n}", ["name"] = "Probe licence", ["url"] = $"https://probe{n}.example.org/licence" }),
            ["categories"] = new JsonArray(new JsonObject { ["id"] = id, ["name"] = $"Probe {n}", ["description"] = "A probe.", ["order"] = 100 + n }),
            ["features"] = new JsonArray(new JsonObject
            {
                ["id"] = id, ["name"] = $"Probe {n}", ["category"] = "memory", ["description"] = "A probe.", ["synonyms"] = new JsonArray($"probe synonym {n}"),
            }),
            ["glossary"] = new JsonArray(new JsonObject
            {
                ["id"] = id, ["term"] = $"probeterm{n}", ["definition"] = "A probe.", ["aliases"] = new JsonArray($"probealias{n}"), ["sources"] = sources(),
            }),
            ["eras"] = new JsonArray(new JsonObject
            {
                ["id"] = id, ["title"] = $"Probe {n}", ["hypervisor"] = "xen", ["from"] = "2003", ["to"] = "2004-02-29", ["description"] = "A probe.", ["sources"] = sources(),
            }),
        };
    }
}
