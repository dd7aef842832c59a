using System.Net;
using HypervisorCompare.Content.Schema;

namespace HypervisorCompare.Web.Tests.Http;

/// <summary>Editors that fetch the schema by URL get the same bytes as the committed <c>content/.schema</c> file.</summary>
public sealed class SchemaEndpointTests(FixtureSite fixture) : IClassFixture<FixtureSite>
{
    [Fact]
    public async Task SchemaUrl_ServesTheGeneratedFrontMatterSchema_AsSchemaJson()
    {
        var response = await fixture.Site.CreateClient().GetAsync("/schema/front-matter.schema.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/schema+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(FrontMatterSchema.Json, await response.Content.ReadAsStringAsync());
    }
}
