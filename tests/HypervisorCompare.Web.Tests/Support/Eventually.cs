using System.Diagnostics;

namespace HypervisorCompare.Web.Tests.Support;

/// <summary>Waits for something that happens in another thread or process, up to a bound that only a hang reaches.</summary>
public static class Eventually
{
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    public static Task TrueAsync(Func<bool> condition, string what, CancellationToken cancel) => TrueAsync(() => Task.FromResult(condition()), what, cancel);

    public static async Task TrueAsync(Func<Task<bool>> condition, string what, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > Patience) throw new TimeoutException($"waited {Patience.TotalSeconds} s for {what}");
            await Task.Delay(50, cancel);
        }
    }
}
