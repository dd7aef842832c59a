namespace HypervisorCompare.Web.Tests.Support;

/// <summary>One in-memory site over the project's real content/, for a class that needs more items than the fixture has.</summary>
public sealed class RealContentSite : IDisposable
{
    public SiteFactory Site { get; } = new(TestKnowledge.RealContent());

    public void Dispose() => Site.Dispose();
}
