using PlcFleet.StructuredText.Diagnostics;

namespace PlcFleet.Fleet.Migrations.Lint;

/// <summary>3–5 concrete before/after examples: fewer leaves the agent guessing, more dilutes the prompt.</summary>
public sealed class ExamplesCountRule : ILintRule
{
    public string Id => "ML001";

    public IEnumerable<LintFinding> Check(Migration migration, MigrationText text)
    {
        var examples = migration.Body.Examples;
        var section = migration.Body.Section(Body.MigrationBody.ExamplesHeading);
        var (line, column) = section is null ? (migration.Body.FirstLine, 1) : (section.Line, section.Column);
        if (examples.Count == 0)
        {
            yield return new LintFinding(
                Id, DiagnosticSeverity.Error, line, column,
                section is null ? "no '## Examples' section" : "'## Examples' has no '### ...' example",
                "add 3 to 5 examples, each a '### title' with a Before and an After ```st code block taken from real site code");
        }
        else if (examples.Count < 3)
        {
            yield return new LintFinding(
                Id, DiagnosticSeverity.Warning, line, column,
                $"only {examples.Count} example{(examples.Count == 1 ? string.Empty : "s")}; 3 to 5 work best",
                "add examples that differ in variable names, comments or layout, so the agent learns the pattern and not one instance");
        }
        else if (examples.Count > 5)
        {
            yield return new LintFinding(
                Id, DiagnosticSeverity.Warning, line, column,
                $"{examples.Count} examples; more than 5 dilutes the prompt",
                "keep the 3 to 5 most different examples and drop near-duplicates");
        }
    }
}
