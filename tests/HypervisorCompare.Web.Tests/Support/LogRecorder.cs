using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace HypervisorCompare.Web.Tests.Support;

/// <summary>Keeps the site's log messages, so a test can wait for "the rebuild failed" as it happens.</summary>
public sealed class LogRecorder : ILoggerProvider
{
    public ConcurrentQueue<(LogLevel Level, string Category, string Message)> Entries { get; } = new();

    public int Count(LogLevel level, string category) => Entries.Count(e => e.Level == level && e.Category == category);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose() { }

    private sealed class Logger(LogRecorder recorder, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel)) recorder.Entries.Enqueue((logLevel, category, formatter(state, exception)));
        }
    }
}
