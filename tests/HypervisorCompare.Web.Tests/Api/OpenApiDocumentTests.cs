using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;

namespace HypervisorCompare.Web.Tests.Api;

/// <summary>
/// The OpenAPI document describes the API as it answers: every documented path is called with ids from the fixture,
/// and what comes back is a status and content type the document declares for it. docs/api.md lists the same paths.
/// </summary>
public sealed partial class OpenApiDocumentTests(FixtureSite fixture) : IClassFixture<FixtureSite>
{
    private const string DocumentPath = "/openapi/v1.json";
    private readonly HttpClient _client = fixture.Site.CreateClient();

    private async Task<JsonElement> DocumentAsync() => JsonDocument.Parse(await _client.GetStringAsync(DocumentPath)).RootElement;

    private static IEnumerable<(string Path, JsonElement Get)> Operations(JsonElement document) =>
        document.GetProperty("paths").EnumerateObject().Select(p => (p.Name, p.Value.GetProperty("get")));

    private static string[] Declared(JsonElement operation, int status) =>
        operation.GetProperty("responses").TryGetProperty(status.ToString(System.Globalization.CultureInfo.InvariantCulture), out var response)
            ? response.TryGetProperty("content", out var content) ? content.EnumerateObject().Select(c => c.Name).ToArray() : [""]
            : [];

    /// <summary>The path with each {parameter} replaced by that member of the first item of its collection.</summary>
    private async Task<string> WithRealIdsAsync(string path)
    {
        if (PathParameter().Match(path) is not { Success: true } match) return path;
        var collection = path[..(match.Index - 1)];
        var first = JsonDocument.Parse(await _client.GetStringAsync(collection + "?limit=1")).RootElement[0];
        return path.Replace(match.Value, first.GetProperty(match.Groups[1].Value).GetString());
    }

    private async Task AssertAnswersAsDeclaredAsync(JsonElement operation, string url, int? expected = null)
    {
        var response = await _client.GetAsync(url);
        var status = (int)response.StatusCode;
        if (expected is { } e) Assert.Equal(e, status);
        var declared = Declared(operation, status);
        Assert.True(declared.Length > 0, $"{url} answered {status}, which its operation does not declare");
        Assert.Contains(response.Content.Headers.ContentType?.MediaType ?? "", declared);
    }

    [Fact]
    public async Task Document_IsValidOpenApi31_WithATitleVersionAndDescription()
    {
        await using var stream = await _client.GetStreamAsync(DocumentPath);
        var read = await OpenApiDocument.LoadAsync(stream, settings: new OpenApiReaderSettings());

        Assert.Empty(read.Diagnostic!.Errors);
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, read.Diagnostic.SpecificationVersion);
        Assert.Equal("HypervisorCompare API", read.Document!.Info.Title);
        Assert.False(string.IsNullOrWhiteSpace(read.Document.Info.Version));
        Assert.False(string.IsNullOrWhiteSpace(read.Document.Info.Description));
    }

    [Fact]
    public async Task Document_DescribesEveryApiEndpoint_AndNothingElse()
    {
        var paths = (await DocumentAsync()).GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Equal(
            ["/api/articles", "/api/articles/{slug}", "/api/compare", "/api/features", "/api/features/{id}", "/api/hypervisors", "/api/hypervisors/{id}", "/api/timeline", "/api/timeline/{id}"],
            paths.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task EveryDocumentedPath_AnswersAStatusAndContentTypeItsOperationDeclares()
    {
        foreach (var (path, operation) in Operations(await DocumentAsync()))
            await AssertAnswersAsDeclaredAsync(operation, await WithRealIdsAsync(path), 200);
    }

    [Fact]
    public async Task EveryDocumentedPathWithAnId_AnswersAnUnknownOneWithTheDeclared404Problem()
    {
        var withIds = Operations(await DocumentAsync()).Where(o => PathParameter().IsMatch(o.Path)).ToList();

        Assert.Equal(4, withIds.Count);
        foreach (var (path, operation) in withIds)
        {
            Assert.Equal(["application/problem+json"], Declared(operation, 404));
            await AssertAnswersAsDeclaredAsync(operation, PathParameter().Replace(path, "no-such-id"), 404);
        }
    }

    [Fact]
    public async Task EveryCollection_DeclaresItsPagingAndAnswersABadLimitWithTheDeclared400Problem()
    {
        var collections = Operations(await DocumentAsync()).Where(o => o.Get.GetProperty("parameters").EnumerateArray().Any(p => p.GetProperty("name").GetString() == "limit")).ToList();

        Assert.Equal(["/api/articles", "/api/features", "/api/hypervisors", "/api/timeline"], collections.Select(c => c.Path).Order(StringComparer.Ordinal));
        foreach (var (path, operation) in collections)
        {
            var ok = operation.GetProperty("responses").GetProperty("200");
            Assert.True(ok.GetProperty("headers").TryGetProperty("Link", out _));
            Assert.True(ok.GetProperty("headers").TryGetProperty("X-Total-Count", out _));
            Assert.Equal("array", ok.GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("type").GetString());
            await AssertAnswersAsDeclaredAsync(operation, path + "?limit=0", 400);
        }
    }

    [Fact]
    public async Task EveryParameterHasADescription_AndEveryAnswerARealSchema_AndEveryOperationDeclares405()
    {
        var document = await DocumentAsync();
        foreach (var (path, operation) in Operations(document))
        {
            foreach (var parameter in operation.GetProperty("parameters").EnumerateArray())
                Assert.False(string.IsNullOrWhiteSpace(parameter.GetProperty("description").GetString()), $"{path} {parameter.GetProperty("name")}");
            var schema = operation.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");
            var reference = schema.TryGetProperty("items", out var items) ? items : schema;
            var name = reference.GetProperty("$ref").GetString()!.Split('/')[^1];
            Assert.NotEmpty(document.GetProperty("components").GetProperty("schemas").GetProperty(name).GetProperty("properties").EnumerateObject());
            Assert.Equal(["application/problem+json"], Declared(operation, 405));
        }
    }

    [Fact]
    public async Task ApiDoc_EndpointTable_ListsExactlyTheDocumentedPaths()
    {
        var documented = (await DocumentAsync()).GetProperty("paths").EnumerateObject().Select(p => p.Name).ToHashSet();
        var markdown = await File.ReadAllLinesAsync(Path.Combine(Path.GetDirectoryName(TestKnowledge.FindRepositoryContent())!, "docs", "api.md"));

        var table = markdown.SkipWhile(l => !l.StartsWith("| endpoint |", StringComparison.Ordinal)).TakeWhile(l => l.StartsWith('|'))
            .Select(l => TableEndpoint().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value).ToHashSet();

        Assert.Equal(documented.Order(StringComparer.Ordinal), table.Order(StringComparer.Ordinal));
    }

    [GeneratedRegex(@"\{(\w+)\}")]
    private static partial Regex PathParameter();

    /// <summary>The path of a row such as <c>| `GET /api/compare?...` | ...</c>, without its query.</summary>
    [GeneratedRegex(@"^\| `GET (/api/[^`?\s]*)")]
    private static partial Regex TableEndpoint();
}
