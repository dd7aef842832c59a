using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Content.Validation;

/// <summary>Id format and uniqueness, per kind of declaration.</summary>
internal sealed class IdChecks(DiagnosticBag diagnostics)
{
    public HashSet<string> Unique(string kind, IEnumerable<(string Id, Citation At)> declared)
    {
        var seen = new Dictionary<string, Citation>(StringComparer.Ordinal);
        foreach (var (id, at) in declared)
        {
            if (!ContentValidator.KebabCase().IsMatch(id))
                diagnostics.Error(at, $"{kind} id '{id}' must be lower-case kebab-case (a-z, 0-9, -)");
            else if (seen.TryGetValue(id, out var first))
                diagnostics.Error(at, $"duplicate {kind} id '{id}' (first declared at {first.Path}:{first.Line}:{first.Column})");
            else seen[id] = at;
        }
        return [.. seen.Keys];
    }

    public HashSet<string> UniqueLicences(IEnumerable<Licence> licences)
    {
        var seen = new Dictionary<string, Citation>(StringComparer.Ordinal);
        foreach (var licence in licences)
        {
            if (!SpdxLicences.IsKnown(licence.Id))
                diagnostics.Error(licence.Citation, $"'{licence.Id}' is not an SPDX licence id (or a LicenseRef-…)");
            else if (seen.TryGetValue(licence.Id, out var first))
                diagnostics.Error(licence.Citation, $"duplicate licence id '{licence.Id}' (first declared at {first.Path}:{first.Line}:{first.Column})");
            else seen[licence.Id] = licence.Citation;
            if (!new SourceLink(licence.Url, "").IsWebUrl) diagnostics.Error(licence.Citation, $"licence '{licence.Id}' needs a 'url' to its text");
        }
        return [.. seen.Keys];
    }
}
