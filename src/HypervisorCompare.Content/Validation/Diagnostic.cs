namespace HypervisorCompare.Content.Validation;

/// <summary>
/// A problem found in the content, printed as <c>path:line:col: error: message</c>. Every problem fails the
/// ingest: there is no warning level, since nothing the content can say is worth building yet reporting.
/// </summary>
public sealed record Diagnostic(string Path, int Line, int Column, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Path}:{Line}:{Column}: error: {Message}";
}

/// <summary>Collects diagnostics for one content set.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = [];

    /// <summary>All diagnostics, in the order found.</summary>
    public IReadOnlyList<Diagnostic> Items => _items;

    /// <summary>True when at least one error was reported.</summary>
    public bool HasErrors => _items.Count > 0;

    /// <summary>Reports an error.</summary>
    public void Error(string path, int line, int column, string message) =>
        _items.Add(new Diagnostic(path, line, column, message));

    /// <summary>Appends everything another bag collected, in its order.</summary>
    public void AddRange(DiagnosticBag other) => _items.AddRange(other._items);

    /// <summary>Reports an error at a fact's position.</summary>
    public void Error(Model.Citation at, string message) => Error(at.Path, at.Line, at.Column, message);
}
