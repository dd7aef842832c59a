using HypervisorCompare.Content.Model;

namespace HypervisorCompare.Content.Validation;

/// <summary>Checks that every reference names something declared.</summary>
internal sealed class ReferenceChecks(DiagnosticBag diagnostics)
{
    public void One(string id, HashSet<string> known, string kind, Citation at)
    {
        if (!known.Contains(id)) diagnostics.Error(at, $"unknown {kind} '{id}'{Suggestion(id, known)}");
    }

    public void Each(IEnumerable<string> ids, HashSet<string> known, string kind, Citation at)
    {
        foreach (var id in ids) One(id, known, kind, at);
    }

    /// <summary>Checks an SPDX expression's syntax and that each licence in it is declared.</summary>
    public void Expression(string expression, HashSet<string> licences, Citation at)
    {
        var tokens = SpdxLicences.Tokens(expression);
        if (tokens.Count == 0) { diagnostics.Error(at, "licence expression is empty"); return; }
        var depth = 0;
        var expectOperand = true;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token == "(" && expectOperand) depth++;
            else if (token == ")" && !expectOperand && depth > 0) depth--;
            else if (token is "AND" or "OR" && !expectOperand) expectOperand = true;
            else if (token == "WITH" && !expectOperand && i + 1 < tokens.Count && SpdxLicences.IsException(tokens[i + 1])) i++;
            else if (expectOperand && token is not ("(" or ")" or "AND" or "OR" or "WITH"))
            {
                One(token.TrimEnd('+'), licences, "licence", at);
                expectOperand = false;
            }
            else { diagnostics.Error(at, $"'{expression}' is not a valid SPDX expression (unexpected '{token}')"); return; }
        }
        if (expectOperand || depth != 0) diagnostics.Error(at, $"'{expression}' is not a valid SPDX expression (incomplete)");
    }

    private static string Suggestion(string id, HashSet<string> known)
    {
        var close = known.FirstOrDefault(k => k.StartsWith(id, StringComparison.Ordinal) || id.StartsWith(k, StringComparison.Ordinal));
        return close is null ? "" : $" (did you mean '{close}'?)";
    }
}
