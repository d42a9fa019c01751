using PlcFleet.Fleet.Migrations.Preconditions;
using PlcFleet.StructuredText.Diagnostics;

namespace PlcFleet.Fleet.Migrations.Lint;

/// <summary>Preconditions say where the change applies and, just as important, when not to act.</summary>
public sealed class PreconditionsStatedRule : ILintRule
{
    public string Id => "ML004";

    public IEnumerable<LintFinding> Check(Migration migration, MigrationText text)
    {
        var position = migration.PositionOf("preconditions");
        if (migration.Preconditions.Count == 0)
        {
            yield return new LintFinding(
                Id, DiagnosticSeverity.Error, position.Line, position.Column,
                "no preconditions: every site in the fleet would be targeted",
                "add preconditions such as 'code_contains: PATTERN' (where the change applies) and 'code_not_contains: NEW_NAME' (already migrated)");
            yield break;
        }

        if (!migration.Preconditions.OfType<CodePrecondition>().Any(p => !p.MustContain))
        {
            yield return new LintFinding(
                Id, DiagnosticSeverity.Warning, position.Line, position.Column,
                "no 'when not to act' precondition: already-migrated sites would be changed again",
                "add 'code_not_contains: ' with the name the migration introduces, so migrated sites are skipped");
        }
    }
}
