namespace HypervisorCompare.Content.Validation;

/// <summary>
/// The SPDX licence and exception ids this project accepts: the common open-source subset of the SPDX list
/// (https://spdx.org/licenses/), plus any <c>LicenseRef-</c> id as the SPDX specification allows.
/// An id missing here that SPDX does list can simply be added.
/// </summary>
public static class SpdxLicences
{
    private static readonly HashSet<string> Licences = new(StringComparer.Ordinal)
    {
        "0BSD", "AFL-3.0", "AGPL-3.0-only", "AGPL-3.0-or-later", "Apache-1.1", "Apache-2.0", "APSL-2.0", "Artistic-2.0",
        "BlueOak-1.0.0", "BSD-1-Clause", "BSD-2-Clause", "BSD-2-Clause-Patent", "BSD-3-Clause", "BSD-3-Clause-Clear",
        "BSD-4-Clause", "BSL-1.0", "CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0", "CDDL-1.0", "CDDL-1.1", "CPL-1.0", "ECL-2.0",
        "EPL-1.0", "EPL-2.0", "EUPL-1.2", "GFDL-1.3-only", "GFDL-1.3-or-later", "GPL-1.0-only", "GPL-1.0-or-later",
        "GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0-only", "GPL-3.0-or-later", "ISC", "LGPL-2.0-only",
        "LGPL-2.0-or-later", "LGPL-2.1-only", "LGPL-2.1-or-later", "LGPL-3.0-only", "LGPL-3.0-or-later", "LPL-1.02",
        "MIT", "MIT-0", "MPL-1.1", "MPL-2.0", "MS-PL", "MS-RL", "NCSA", "OpenSSL", "OSL-3.0", "PostgreSQL", "PSF-2.0",
        "Python-2.0", "Ruby", "SSPL-1.0", "Unlicense", "UPL-1.0", "W3C", "WTFPL", "X11", "Zlib", "ZPL-2.1",
    };

    private static readonly HashSet<string> Exceptions = new(StringComparer.Ordinal)
    {
        "Autoconf-exception-3.0", "Bison-exception-2.2", "Classpath-exception-2.0", "GCC-exception-3.1",
        "LLVM-exception", "Linux-syscall-note", "OCaml-LGPL-linking-exception", "OpenJDK-assembly-exception-1.0", "Qt-LGPL-exception-1.1",
    };

    /// <summary>The listed licence ids, in ordinal order.</summary>
    public static IEnumerable<string> LicenceIds => Licences.Order(StringComparer.Ordinal);

    /// <summary>The listed exception ids, in ordinal order.</summary>
    public static IEnumerable<string> ExceptionIds => Exceptions.Order(StringComparer.Ordinal);

    /// <summary>What <see cref="IsKnown"/> accepts besides the listed ids, as a pattern (for the front-matter schema).</summary>
    public const string LicenseRefPattern = "^LicenseRef-[A-Za-z0-9.-]+$";

    /// <summary>True for a listed SPDX licence id or a well-formed <c>LicenseRef-</c> id.</summary>
    public static bool IsKnown(string id) =>
        Licences.Contains(id) || (id.StartsWith("LicenseRef-", StringComparison.Ordinal) && id.Length > 11 && id[11..].All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.'));

    /// <summary>True for a listed SPDX exception id (the right-hand side of <c>WITH</c>).</summary>
    public static bool IsException(string id) => Exceptions.Contains(id);

    /// <summary>
    /// The tokens of an SPDX expression: licence and exception ids, AND, OR, WITH, parentheses. The one tokenizer,
    /// shared by validation and by the pages that link each licence.
    /// </summary>
    public static IReadOnlyList<string> Tokens(string expression) =>
        expression.Replace("(", " ( ").Replace(")", " ) ").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Each token with whether it names a licence; the id after WITH is an exception, not a licence.</summary>
    public static IEnumerable<(string Token, bool IsLicence)> Parts(string expression)
    {
        var tokens = Tokens(expression);
        for (var i = 0; i < tokens.Count; i++)
            yield return (tokens[i], tokens[i] is not ("AND" or "OR" or "WITH" or "(" or ")") && (i == 0 || tokens[i - 1] != "WITH"));
    }
}
