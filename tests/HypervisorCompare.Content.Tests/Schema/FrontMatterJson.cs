using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace HypervisorCompare.Content.Tests.Schema;

/// <summary>
/// An article's front matter as the JSON an editor's YAML language server validates: plain scalars resolved by the YAML
/// 1.2 core schema (<c>2003</c> is a number, <c>true</c> a boolean, <c>~</c> null), quoted and block scalars as text.
/// </summary>
internal static partial class FrontMatterJson
{
    public static JsonNode? Of(string markdown)
    {
        var match = FrontMatterBlock().Match(markdown);
        Assert.True(match.Success, "no front matter between '---' lines");
        var stream = new YamlStream();
        stream.Load(new StringReader(match.Groups[1].Value));
        return stream.Documents.Count == 0 ? new JsonObject() : Convert(stream.Documents[0].RootNode);
    }

    private static JsonNode? Convert(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Convert(c.Value)))),
        YamlSequenceNode list => new JsonArray([.. list.Children.Select(Convert)]),
        YamlScalarNode { Style: ScalarStyle.Plain } scalar => Plain(scalar.Value ?? ""),
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => throw new NotSupportedException(node.GetType().Name),
    };

    private static JsonNode? Plain(string text)
    {
        if (text is "" or "~" or "null" or "Null" or "NULL") return null;
        if (text is "true" or "True" or "TRUE") return JsonValue.Create(true);
        if (text is "false" or "False" or "FALSE") return JsonValue.Create(false);
        if (Integer().IsMatch(text)) return JsonValue.Create(long.Parse(text, CultureInfo.InvariantCulture));
        if (Float().IsMatch(text)) return JsonValue.Create(double.Parse(text, CultureInfo.InvariantCulture));
        return JsonValue.Create(text);
    }

    [GeneratedRegex(@"\A---\r?\n(.*?)^---[ \t]*$", RegexOptions.Singleline | RegexOptions.Multiline)]
    private static partial Regex FrontMatterBlock();

    [GeneratedRegex(@"^[-+]?[0-9]+$")]
    private static partial Regex Integer();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$")]
    private static partial Regex Float();
}
