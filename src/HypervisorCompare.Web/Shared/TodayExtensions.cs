namespace HypervisorCompare.Web.Shared;

/// <summary>"Today" for pages and exports comes from the injected <see cref="TimeProvider"/>, so tests can fix it.</summary>
public static class TodayExtensions
{
    public static DateOnly UtcToday(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
