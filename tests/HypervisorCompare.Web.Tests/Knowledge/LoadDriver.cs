using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace HypervisorCompare.Web.Tests.Knowledge;

/// <summary>
/// Keeps a few loopback clients requesting pages until stopped, and checks every response: a 200, one content version
/// in header, meta and footer, one revision marker, the same revision for a version every time, and never a revision
/// older than the one the test had already seen served when the request started.
/// </summary>
public sealed partial class LoadDriver(string baseUrl, int workers) : IDisposable
{
    public static readonly string[] Pages = ["/", "/compare", "/articles", Revisions.ArticleUrl, "/features", Revisions.FeatureUrl, "/api/articles"];

    private readonly ConcurrentDictionary<string, int> _revisionOfVersion = new();
    private readonly ConcurrentQueue<string> _failures = new();
    private readonly HashSet<int> _good = [];
    private readonly CancellationTokenSource _stop = new();
    private long _requests;
    private int _floor = -1;
    private Task[] _running = [];

    public long Requests => Interlocked.Read(ref _requests);
    public IReadOnlyCollection<string> Failures => _failures;
    public IReadOnlyDictionary<string, int> RevisionOfVersion => _revisionOfVersion;

    public HttpClient Client { get; } = new(new SocketsHttpHandler { MaxConnectionsPerServer = workers + 2 }) { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>A revision that may be served from now on; <see cref="Served"/> raises the floor to it.</summary>
    public void Allow(int revision)
    {
        lock (_good) _good.Add(revision);
    }

    /// <summary>The test saw <paramref name="revision"/> served: no request that starts later may show an older one.</summary>
    public void Served(int revision) => Interlocked.Exchange(ref _floor, revision);

    public void Start() => _running = [.. Enumerable.Range(0, workers).Select(w => Task.Run(() => RunAsync(w)))];

    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await Task.WhenAll(_running);
    }

    public void Dispose()
    {
        Client.Dispose();
        _stop.Dispose();
    }

    private async Task RunAsync(int worker)
    {
        for (var i = worker; !_stop.IsCancellationRequested; i++)
        {
            var url = Pages[i % Pages.Length];
            var floor = Volatile.Read(ref _floor);
            Interlocked.Increment(ref _requests);
            try
            {
                using var response = await Client.GetAsync(url, _stop.Token);
                var body = await response.Content.ReadAsStringAsync(_stop.Token);
                if (Check(url, (int)response.StatusCode, response.Headers.TryGetValues(SecurityHeaders.ContentVersionHeader, out var v) ? v.Single() : null, body, floor) is { } failure)
                    _failures.Enqueue(failure);
            }
            catch (OperationCanceledException) when (_stop.IsCancellationRequested) { Interlocked.Decrement(ref _requests); }
            catch (Exception e) { _failures.Enqueue($"{url}: {e.GetType().Name}: {e.Message}"); }
        }
    }

    /// <summary>What is wrong with one response, or null.</summary>
    public string? Check(string url, int status, string? version, string body, int floor)
    {
        if (status != 200) return $"{url}: status {status}";
        if (version is null) return $"{url}: no {SecurityHeaders.ContentVersionHeader} header";
        if (!url.StartsWith("/api/", StringComparison.Ordinal))
        {
            if (Meta().Match(body) is not { Success: true } meta || meta.Groups[1].Value != version) return $"{url}: meta version differs from header {version}";
            if (Footer().Match(body) is not { Success: true } footer || footer.Groups[1].Value != version) return $"{url}: footer version differs from header {version}";
        }
        var markers = Revisions.MarkersIn(body);
        if (markers.Count > 1) return $"{url}: one page shows revisions {string.Join(", ", markers)} (version {version})";
        if (markers.Count == 0) return null;
        var revision = markers.Single();
        lock (_good)
            if (!_good.Contains(revision)) return $"{url}: revision {revision} was never valid, or never built (version {version})";
        if (revision < floor) return $"{url}: revision {revision} served after {floor} was (version {version})";
        var known = _revisionOfVersion.GetOrAdd(version, revision);
        return known == revision ? null : $"{url}: version {version} showed revision {known} before and {revision} now";
    }

    [GeneratedRegex("<meta name=\"content-version\" content=\"([^\"]*)\"")]
    private static partial Regex Meta();

    [GeneratedRegex("Content version <code>([^<]*)</code>")]
    private static partial Regex Footer();
}
