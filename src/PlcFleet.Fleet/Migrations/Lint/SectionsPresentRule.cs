using PlcFleet.Fleet.Migrations.Body;
using PlcFleet.StructuredText.Diagnostics;

namespace PlcFleet.Fleet.Migrations.Lint;

/// <summary>Context (why) and Task (the end state) are what the agent reads first.</summary>
public sealed class SectionsPresentRule : ILintRule
{
    private static readonly (string Heading, string Suggestion)[] Required =
    [
        (MigrationBody.Context, "add '## Context': why the change is made and what the agent will find in the code"),
        (MigrationBody.Task, "add '## Task': the end state in one or two sentences"),
    ];

    public string Id => "ML010";

    public IEnumerable<LintFinding> Check(Migration migration, MigrationText text)
    {
        foreach (var (heading, suggestion) in Required)
        {
            if (migration.Body.Section(heading) is null)
            {
                yield return new LintFinding(Id, DiagnosticSeverity.Warning, migration.Body.FirstLine, 1, $"no '## {heading}' section", suggestion);
            }
        }
    }
}
