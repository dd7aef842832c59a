using HypervisorCompare.Content.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;
using YamlDotNet.Serialization.NodeDeserializers;

namespace HypervisorCompare.Content.Parsing;

/// <summary>Reads front matter YAML into <see cref="FrontMatter"/>, remembering where each declaration starts.</summary>
internal static class FrontMatterReader
{
    private static readonly DeserializerBuilder Builder = new DeserializerBuilder()
        .WithNamingConvention(HyphenatedNamingConvention.Instance)
        .WithDuplicateKeyChecking()
        .WithTypeConverter(new PartialDateYamlConverter())
        .WithTypeConverter(new SourceLinkYamlConverter())
        .WithNodeDeserializer(inner => new PositionRecordingDeserializer(inner), s => s.InsteadOf<ObjectNodeDeserializer>());

    private static readonly IDeserializer Deserializer = Builder.Build();

    /// <summary>
    /// The keys the deserializer reads for each class, as it names them (naming convention, aliases, ignored members):
    /// the JSON Schema is generated from this, so its keys cannot differ from what <see cref="Read"/> accepts.
    /// </summary>
    public static ITypeInspector TypeInspector { get; } = Builder.BuildTypeInspector();

    /// <summary>
    /// Deserializes <paramref name="yaml"/>. Positions in the result and in the thrown
    /// <see cref="YamlException"/> are relative to the YAML text (1-based).
    /// </summary>
    public static FrontMatter Read(string yaml)
    {
        // Aliases are refused outright: front matter never needs them and they are how "billion laughs" documents grow.
        var parser = new Parser(new StringReader(yaml));
        var guarded = new AliasRefusingParser(parser);
        return Deserializer.Deserialize<FrontMatter?>(guarded) ?? new FrontMatter();
    }

    private sealed class PositionRecordingDeserializer(INodeDeserializer inner) : INodeDeserializer
    {
        public bool Deserialize(IParser reader, Type expectedType, Func<IParser, Type, object?> nestedObjectDeserializer, out object? value, ObjectDeserializer rootDeserializer)
        {
            var start = reader.Current?.Start ?? Mark.Empty;
            if (!inner.Deserialize(reader, expectedType, nestedObjectDeserializer, out value, rootDeserializer)) return false;
            if (value is ICited cited) cited.Citation = new Citation { Line = (int)start.Line, Column = (int)start.Column };
            return true;
        }
    }

    private sealed class AliasRefusingParser(IParser inner) : IParser
    {
        public ParsingEvent? Current => inner.Current;

        public bool MoveNext()
        {
            var moved = inner.MoveNext();
            if (moved && inner.Current is AnchorAlias alias)
                throw new YamlException(alias.Start, alias.End, "YAML aliases (*name) are not allowed in front matter");
            return moved;
        }
    }
}
