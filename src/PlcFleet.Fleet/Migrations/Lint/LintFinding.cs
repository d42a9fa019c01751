using PlcFleet.StructuredText.Diagnostics;

namespace PlcFleet.Fleet.Migrations.Lint;

/// <summary>One piece of advice about a migration prompt, with the place to fix and a concrete suggestion.</summary>
public sealed record LintFinding(string Rule, DiagnosticSeverity Severity, int Line, int Column, string Message, string Suggestion)
{
    public override string ToString() =>
        $"{Line}:{Column}: {Severity.ToString().ToLowerInvariant()} {Rule}: {Message} (suggestion: {Suggestion})";
}
