using PlcFleet.StructuredText.Diagnostics;

namespace PlcFleet.Fleet.Migrations.Lint;

/// <summary>An example without both Before and After code shows the agent neither the start nor the goal.</summary>
public sealed class ExampleBeforeAfterRule : ILintRule
{
    public string Id => "ML002";

    public IEnumerable<LintFinding> Check(Migration migration, MigrationText text)
    {
        foreach (var example in migration.Body.Examples.Where(e => !e.IsComplete))
        {
            var missing = (example.Before, example.After) switch
            {
                (null, null) => "Before and After code",
                (null, _) => "Before code",
                _ => "After code",
            };
            yield return new LintFinding(
                Id, DiagnosticSeverity.Error, example.Line, example.Column,
                $"example '{example.Title}' has no {missing}",
                "give the example a 'Before:' line with a ```st block of the current code and an 'After:' line with a ```st block of the migrated code");
        }
    }
}
