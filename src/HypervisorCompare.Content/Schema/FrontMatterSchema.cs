using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using HypervisorCompare.Content.Model;
using HypervisorCompare.Content.Parsing;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace HypervisorCompare.Content.Schema;

/// <summary>
/// The JSON Schema (draft 2020-12) of article front matter, for editors. It is generated, never written by hand: the
/// keys and their types come from the classes <see cref="FrontMatterReader"/> fills, named by the reader's own type
/// inspector, and the constraints from the values <see cref="Validation.ContentValidator"/> checks against
/// (<see cref="SchemaRules"/>), so the schema and <c>check</c> cannot disagree about a key, a type, an id or a date.
/// </summary>
public static class FrontMatterSchema
{
    /// <summary>The file name the schema is published under, in <c>content/.schema/</c> and on the site's <c>/schema/</c>.</summary>
    public const string FileName = "front-matter.schema.json";

    /// <summary>The schema as written to disk: two-space indents, <c>\n</c> line ends, a final newline.</summary>
    public static string Json { get; } = Write();

    private static string Write()
    {
        var defs = new JsonObject();
        var root = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "HypervisorCompare article front matter",
            ["description"] = "Generated from the model `check` validates by `dotnet run --project src/HypervisorCompare.Web -- schema`; do not edit. " +
                "`check` remains the authority: it also checks references between articles, uniqueness and dates in the future.",
        };
        foreach (var (key, value) in ObjectOf(typeof(FrontMatter), defs)) root[key] = value?.DeepClone();
        root["$defs"] = Sorted(SchemaRules.Definitions().Concat(defs.Select(d => KeyValuePair.Create(d.Key, d.Value?.DeepClone()))));
        // The file is read by editors, never embedded in HTML: the relaxed encoder keeps '+', '<' and non-ASCII readable.
        var options = new JsonSerializerOptions { WriteIndented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
        return root.ToJsonString(options) + "\n";
    }

    /// <summary>An object schema for one class: each key the reader accepts, nothing else.</summary>
    private static JsonObject ObjectOf(Type type, JsonObject defs)
    {
        var properties = new JsonObject();
        var required = new JsonArray();
        foreach (var key in FrontMatterReader.TypeInspector.GetProperties(type, null).Where(p => p.CanWrite))
        {
            var property = PropertyOf(type, key.Name);
            var rule = SchemaRules.For(type, property);
            properties[key.Name] = rule.Schema ?? ValueOf(key.Type, defs);
            if (rule.Required) required.Add(key.Name);
        }
        var schema = new JsonObject { ["type"] = "object", ["additionalProperties"] = false, ["properties"] = properties };
        if (required.Count > 0) schema["required"] = required;
        return schema;
    }

    /// <summary>The schema of a value by its .NET type; declarations become <c>$defs</c> entries, once each.</summary>
    private static JsonNode ValueOf(Type type, JsonObject defs)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return SchemaRules.Ref("text");
        if (type == typeof(int)) return new JsonObject { ["type"] = "integer" };
        if (type == typeof(bool)) return new JsonObject { ["type"] = "boolean" };
        if (type == typeof(PartialDate)) return SchemaRules.Ref("date");
        if (type == typeof(SourceLink)) return SchemaRules.Ref("webUrl");
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(List<>))
            return new JsonObject { ["type"] = "array", ["items"] = ValueOf(type.GetGenericArguments()[0], defs) };
        if (type.IsClass && typeof(ICited).IsAssignableFrom(type))
        {
            var name = char.ToLowerInvariant(type.Name[0]) + type.Name[1..];
            if (!defs.ContainsKey(name))
            {
                defs[name] = null; // reserved first, so a class that refers to itself would not recurse
                defs[name] = ObjectOf(type, defs);
            }
            return SchemaRules.Ref(name);
        }
        throw new NotSupportedException($"front matter has a {type.Name}, which the schema generator does not map: add it to {nameof(FrontMatterSchema)}");
    }

    /// <summary>The property behind a key, so rules can name it with <c>nameof</c>; the inspector stays the judge of the key.</summary>
    private static PropertyInfo PropertyOf(Type type, string key) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Single(p => (p.GetCustomAttribute<YamlMemberAttribute>()?.Alias ?? HyphenatedNamingConvention.Instance.Apply(p.Name)) == key);

    private static JsonObject Sorted(IEnumerable<KeyValuePair<string, JsonNode?>> entries) =>
        new(entries.OrderBy(e => e.Key, StringComparer.Ordinal));
}
