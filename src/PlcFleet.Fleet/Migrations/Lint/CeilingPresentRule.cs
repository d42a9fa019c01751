using PlcFleet.StructuredText.Diagnostics;

namespace PlcFleet.Fleet.Migrations.Lint;

/// <summary>A ceiling on diff size catches an agent that rewrites far more than the migration asked for.</summary>
public sealed class CeilingPresentRule : ILintRule
{
    public string Id => "ML009";

    public IEnumerable<LintFinding> Check(Migration migration, MigrationText text)
    {
        if (migration.Ceiling is null)
        {
            var position = migration.FrontMatterPosition;
            yield return new LintFinding(
                Id, migration.SafetyRelated ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning, position.Line, position.Column,
                "no ceiling: any diff size is accepted",
                "add 'ceiling: { files: 4, lines: 120 }' sized to the largest site's expected change");
        }
    }
}
