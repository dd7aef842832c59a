namespace HypervisorCompare.Web.Tests.Support;

/// <summary>One in-memory site over the fixture content, shared by a class whose tests only read from it.</summary>
public sealed class FixtureSite : IDisposable
{
    public SiteFactory Site { get; } = new(TestKnowledge.Fixture());

    public void Dispose() => Site.Dispose();
}
