using PlcFleet.StructuredText.Diagnostics;

namespace PlcFleet.Fleet.Migrations.Lint;

/// <summary>Without a machine-checkable success criterion nobody can tell whether the agent is done.</summary>
public sealed class VerifiableEndStateRule : ILintRule
{
    public string Id => "ML003";

    public IEnumerable<LintFinding> Check(Migration migration, MigrationText text)
    {
        var position = migration.PositionOf("success_criteria");
        if (migration.SuccessCriteria.Count == 0)
        {
            yield return new LintFinding(
                Id, DiagnosticSeverity.Error, position.Line, position.Column,
                "no success_criteria: the end state cannot be verified",
                "add success_criteria such as compile, safety, equivalence, tests, or 'code_contains: NEW_BLOCK_NAME'");
        }
        else if (!migration.SuccessCriteria.Any(c => c.IsMachineCheckable))
        {
            yield return new LintFinding(
                Id, DiagnosticSeverity.Error, position.Line, position.Column,
                "success_criteria has only the judge; no criterion is machine-checkable",
                "add at least one of compile, safety, equivalence, tests, or 'code_contains: ...'; the judge never replaces a check");
        }

        if (migration.Body.Section(Body.MigrationBody.SuccessCriteria) is null)
        {
            yield return new LintFinding(
                Id, DiagnosticSeverity.Warning, migration.Body.FirstLine, 1,
                "no '## Success criteria' section: the agent does not read the front matter",
                "add '## Success criteria' describing in words what must hold when the change is done");
        }
    }
}
