namespace HypervisorCompare.Web.Tests.Support;

/// <summary>
/// Tests that load the machine on purpose, or measure it: they run after the parallel tests, one at a time, so they
/// neither starve the browser tests' servers (same process, same thread pool) nor measure them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AloneCollection
{
    public const string Name = "alone";
}
