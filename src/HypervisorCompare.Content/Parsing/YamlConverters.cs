using HypervisorCompare.Content.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;

namespace HypervisorCompare.Content.Parsing;

/// <summary>Reads <c>2003</c>, <c>2003-10</c>, <c>2003-10-02</c> and <c>~2009</c> scalars as <see cref="PartialDate"/>.</summary>
internal sealed class PartialDateYamlConverter : IYamlTypeConverter
{
    public bool Accepts(Type type) => type == typeof(PartialDate) || type == typeof(PartialDate?);

    public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
    {
        var scalar = parser.Consume<Scalar>();
        if (type == typeof(PartialDate?) && scalar.Value is "" or "~" or "null") return null;
        return PartialDate.TryParse(scalar.Value, out var date, out var error)
            ? date
            : throw new YamlException(scalar.Start, scalar.End, error);
    }

    public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
        emitter.Emit(new Scalar(value?.ToString() ?? ""));
}

/// <summary>Reads a bare URL scalar as a <see cref="SourceLink"/>.</summary>
internal sealed class SourceLinkYamlConverter : IYamlTypeConverter
{
    public bool Accepts(Type type) => type == typeof(SourceLink);

    public object? ReadYaml(IParser parser, Type type, ObjectDeserializer rootDeserializer)
    {
        if (!parser.TryConsume<Scalar>(out var scalar))
            throw new YamlException(parser.Current!.Start, parser.Current.End, "a source must be a URL");
        var link = SourceLink.FromUrl(scalar.Value);
        return link.IsWebUrl ? link : throw new YamlException(scalar.Start, scalar.End, $"source '{scalar.Value}' is not an absolute http(s) URL");
    }

    public void WriteYaml(IEmitter emitter, object? value, Type type, ObjectSerializer serializer) =>
        emitter.Emit(new Scalar(((SourceLink)value!).Url));
}
