using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HypervisorCompare.Web.Tests.Reader;

/// <summary>A bUnit context whose components read the real content through a real, read-only SQLite generation.</summary>
public sealed class ReadingBunit : BunitContext
{
    public ReadingBunit(RealKnowledge knowledge, string? url = null)
    {
        Services.AddDbContext<HypervisorContext>(options => options.UseSqlite(knowledge.ConnectionString)
            .UseQueryTrackingBehavior(QueryTrackingBehavior.NoTracking));
        Services.AddSingleton<TimeProvider>(new FixedClock());
        // The generation the pages read, as the site resolves it for a request, and its read model.
        Services.AddSingleton(new KnowledgeDatabase(new KnowledgeOptions { DatabasePath = knowledge.Knowledge.DatabasePath },
            Microsoft.Extensions.Logging.Abstractions.NullLogger<KnowledgeDatabase>.Instance));
        Services.AddScoped<RequestSnapshot>();
        Services.AddSingleton<ReadModels>();
        if (url is not null) Services.GetRequiredService<NavigationManager>().NavigateTo(url);
    }
}
