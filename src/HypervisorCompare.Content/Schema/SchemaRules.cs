using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using HypervisorCompare.Content.Model;
using HypervisorCompare.Content.Parsing;
using HypervisorCompare.Content.Validation;

namespace HypervisorCompare.Content.Schema;

/// <summary>What a key must hold beyond its type, and whether it may be left out.</summary>
/// <param name="Required">True when leaving the key out is an error in <c>check</c>.</param>
/// <param name="Schema">The value's schema, or null for the one its .NET type gives.</param>
internal sealed record SchemaRule(bool Required, JsonNode? Schema);

/// <summary>
/// The constraints <see cref="ContentValidator"/> and the front-matter reader apply, written as JSON Schema from the same
/// values they use (the id regex, <see cref="Hypervisor.Types"/>, <see cref="SpdxLicences"/>, <see cref="PartialDate.Pattern"/>).
/// A key with no rule here is optional and typed by its property. Tests hold the two together: leaving out any key is an
/// error to both or to neither (<c>RequiredKeysTests</c>), and the documented mistakes are rejected by both
/// (docs/content-format.md, "Mistakes the schema and check both catch").
/// </summary>
internal static class SchemaRules
{
    private static readonly Dictionary<(Type, string), SchemaRule> Rules = new()
    {
        [(typeof(FrontMatter), nameof(FrontMatter.Title))] = new(true, Ref("requiredText")),
        [(typeof(FrontMatter), nameof(FrontMatter.Summary))] = new(true, Ref("requiredText")),
        [(typeof(FrontMatter), nameof(FrontMatter.Slug))] = new(false, Ref("id")),
        [(typeof(FrontMatter), nameof(FrontMatter.About))] = new(false, ListOf("id")),
        [(typeof(Hypervisor), nameof(Hypervisor.Name))] = new(true, Ref("requiredText")),
        [(typeof(Hypervisor), nameof(Hypervisor.Type))] = new(true, Ref("hypervisorType")),
        [(typeof(Hypervisor), nameof(Hypervisor.Website))] = new(false, Ref("webUrl")),
        [(typeof(Hypervisor), nameof(Hypervisor.BuiltOn))] = new(false, Ref("id")),
        [(typeof(ComponentLicence), nameof(ComponentLicence.Expression))] = new(true, Ref("spdxExpression")),
        [(typeof(Stewardship), nameof(Stewardship.OrganisationId))] = new(true, Ref("id")),
        [(typeof(Organisation), nameof(Organisation.Website))] = new(false, Ref("webUrl")),
        [(typeof(Licence), nameof(Licence.Id))] = new(true, Ref("licenceId")),
        [(typeof(Licence), nameof(Licence.Url))] = new(true, Ref("webUrl")),
        [(typeof(Feature), nameof(Feature.CategoryId))] = new(true, Ref("id")),
        [(typeof(Era), nameof(Era.HypervisorId))] = new(false, Ref("id")),
        [(typeof(Era), nameof(Era.From))] = new(true, Ref("date")),
    };

    /// <summary>The rule for one property; every declaration's <c>id</c> is a required id, every <c>sources</c> list needs one URL.</summary>
    public static SchemaRule For(Type owner, System.Reflection.PropertyInfo property)
    {
        if (Rules.TryGetValue((owner, property.Name), out var rule)) return rule;
        if (property.Name == nameof(Hypervisor.Id) && typeof(ICited).IsAssignableFrom(owner)) return new(true, Ref("id"));
        if (property.PropertyType == typeof(List<SourceLink>)) return new(true, Ref("sources"));
        return new(false, null);
    }

    public static JsonObject Ref(string name) => new() { ["$ref"] = $"#/$defs/{name}" };

    private static JsonObject ListOf(string name) => new() { ["type"] = "array", ["items"] = Ref(name) };

    /// <summary>The shared definitions the rules refer to.</summary>
    public static IEnumerable<KeyValuePair<string, JsonNode?>> Definitions()
    {
        // A plain scalar that YAML reads as a number or true/false is still text to the reader, so it is to the schema.
        JsonArray scalar() => ["string", "number", "boolean"];
        yield return new("text", new JsonObject { ["type"] = scalar() });
        yield return new("requiredText", new JsonObject { ["type"] = scalar(), ["pattern"] = @"\S", ["description"] = "Required; not blank." });
        yield return new("id", new JsonObject
        {
            ["type"] = "string", ["pattern"] = ContentValidator.KebabCase().ToString(),
            ["description"] = "A lower-case kebab-case id (a-z, 0-9, -).",
        });
        yield return new("hypervisorType", new JsonObject
        {
            ["enum"] = new JsonArray([.. Hypervisor.Types.Select(t => JsonValue.Create(t))]),
            ["description"] = "1 (bare metal) or 2 (hosted).",
        });
        yield return new("date", new JsonObject
        {
            ["description"] = "YYYY, YYYY-MM or YYYY-MM-DD, with ~ in front if approximate; as precise as the source.",
            // YAML reads a bare year (2003) as a number; the reader takes it as the year.
            ["anyOf"] = new JsonArray(
                new JsonObject { ["type"] = "string", ["pattern"] = PartialDate.Pattern },
                new JsonObject { ["type"] = "integer", ["minimum"] = 1900, ["maximum"] = 9999 }),
        });
        yield return new("webUrl", new JsonObject
        {
            ["type"] = "string", ["pattern"] = "^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]+",
            ["description"] = "An absolute http(s) URL.",
        });
        yield return new("sources", new JsonObject
        {
            ["type"] = "array", ["minItems"] = 1, ["items"] = Ref("webUrl"),
            ["description"] = "At least one absolute http(s) URL backing the fact.",
        });
        yield return new("licenceId", new JsonObject
        {
            ["description"] = "An SPDX licence id, or LicenseRef- followed by letters, digits, '.' and '-'.",
            ["anyOf"] = new JsonArray(
                new JsonObject { ["enum"] = new JsonArray([.. SpdxLicences.LicenceIds.Select(id => JsonValue.Create(id))]) },
                new JsonObject { ["type"] = "string", ["pattern"] = SpdxLicences.LicenseRefPattern }),
        });
        yield return new("spdxExpression", new JsonObject
        {
            ["type"] = "string", ["pattern"] = ExpressionPattern(),
            ["description"] = "An SPDX licence expression: licence ids joined by AND, OR, WITH <exception> and parentheses " +
                "(parentheses are balanced and each id declared under `licences`: `check` sees to that).",
        });
    }

    /// <summary>The shape of an SPDX expression over the known ids; balance of parentheses is beyond a pattern.</summary>
    private static string ExpressionPattern()
    {
        var licence = $"(?:{string.Join('|', SpdxLicences.LicenceIds.Select(Regex.Escape))}|LicenseRef-[A-Za-z0-9.-]+)\\+?";
        var operand = $"{licence}(?: +WITH +(?:{string.Join('|', SpdxLicences.ExceptionIds.Select(Regex.Escape))}))?";
        return $"^[ (]*{operand}(?:[ )]+(?:AND|OR)[ (]+{operand})*[ )]*$";
    }
}
