namespace HypervisorCompare.Web.Tests.Support;

/// <summary>"Today" for tests: a fixed day, so no test depends on when it runs.</summary>
public sealed class FixedClock(DateOnly today) : TimeProvider
{
    public static readonly DateOnly Day = new(2026, 11, 26);

    public FixedClock() : this(Day) { }

    public override DateTimeOffset GetUtcNow() => new(today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
}
