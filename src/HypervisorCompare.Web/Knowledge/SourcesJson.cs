using System.Text.Json;
using System.Text.Json.Serialization;
using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Web.Knowledge;

/// <summary>Source-generated (de)serialization of a fact's sources column, read for every row a page shows.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(List<SourceLink>))]
internal sealed partial class SourcesJson : JsonSerializerContext;
