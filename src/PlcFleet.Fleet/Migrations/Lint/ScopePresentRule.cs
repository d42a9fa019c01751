using PlcFleet.StructuredText.Diagnostics;

namespace PlcFleet.Fleet.Migrations.Lint;

/// <summary>Scope globs tell the scope verifier which files the change may touch.</summary>
public sealed class ScopePresentRule : ILintRule
{
    public string Id => "ML008";

    public IEnumerable<LintFinding> Check(Migration migration, MigrationText text)
    {
        if (migration.Scope.IsEmpty)
        {
            var position = migration.PositionOf("scope");
            yield return new LintFinding(
                Id, DiagnosticSeverity.Error, position.Line, position.Column,
                "no scope include globs: the change may touch any file",
                "add 'scope: { include: [\"**/*.st\"], exclude: [\"**/Safety/Certified/**\"] }' limited to the files the change needs");
        }
    }
}
