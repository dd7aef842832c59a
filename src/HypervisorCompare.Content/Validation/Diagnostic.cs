namespace HypervisorCompare.Content.Validation;

/// <summary>How bad a problem is: errors fail ingest, warnings do not.</summary>
public enum Severity
{
    /// <summary>Fails the ingest.</summary>
    Error,
    /// <summary>Reported, but the content still builds.</summary>
    Warning,
}

/// <summary>A problem found in the content, printed as <c>path:line:col: error: message</c>.</summary>
public sealed record Diagnostic(string Path, int Line, int Column, Severity Severity, string Message)
{
    /// <inheritdoc />
    public override string ToString() =>
        $"{Path}:{Line}:{Column}: {(Severity == Severity.Error ? "error" : "warning")}: {Message}";
}

/// <summary>Collects diagnostics for one content set.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>All diagnostics, in the order found.</summary>
    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>True when at least one error was reported.</summary>
    public bool HasErrors => _items.Any(d => d.Severity == Severity.Error);

    /// <summary>Reports an error.</summary>
    public void Error(string path, int line, int column, string message) =>
        _items.Add(new Diagnostic(path, line, column, Severity.Error, message));

    /// <summary>Reports a warning.</summary>
    public void Warning(string path, int line, int column, string message) =>
        _items.Add(new Diagnostic(path, line, column, Severity.Warning, message));

    /// <summary>Appends everything another bag collected, in its order.</summary>
    public void AddRange(DiagnosticBag other) => _items.AddRange(other._items);

    /// <summary>Reports an error at a fact's position.</summary>
    public void Error(Model.Citation at, string message) => Error(at.Path, at.Line, at.Column, message);
}
