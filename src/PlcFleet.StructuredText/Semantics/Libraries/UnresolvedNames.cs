using PlcFleet.StructuredText.Text;

namespace PlcFleet.StructuredText.Semantics.Libraries;

/// <summary>
/// Decides what an undeclared name is reported as. With a declared library that PlcFleet does not ship, the name is
/// taken to come from it: ONE warning ST2050 per name (at its first use) and the binder goes on with an unknown type,
/// which keeps every follow-on check silent. Otherwise it is an error: ST1050 when a shipped library the project does
/// not reference declares the name, else the caller's code (ST1001 undeclared, ST1020 unknown type).
/// </summary>
internal sealed class UnresolvedNames(LibraryReferences libraries, DiagnosticBag diagnostics)
{
    private readonly IReadOnlyList<string> _absent = libraries.Absent;
    private readonly HashSet<string> _reported = new(StringComparer.OrdinalIgnoreCase);

    public void Report(SemanticDiagnosticCode undeclared, string name, SourceText source, TextSpan span)
    {
        if (_absent.Count > 0)
        {
            if (_reported.Add(name))
            {
                var from = _absent.Count == 1 ? _absent[0] : "one of " + string.Join(", ", _absent);
                diagnostics.Report(SemanticDiagnosticCodes.NameFromAbsentLibrary, source, span, name, from);
            }

            return;
        }

        if (LibraryCatalog.LibraryDeclaring(name) is { } library)
        {
            diagnostics.Report(SemanticDiagnosticCodes.LibraryNotReferenced, source, span, name, library);
            return;
        }

        diagnostics.Report(undeclared, source, span, name);
    }
}
