using PlcFleet.StructuredText.Diagnostics;

namespace PlcFleet.Fleet.Migrations.Lint;

/// <summary>A safety-related migration must say which safety functions stay intact; the judge checks against it.</summary>
public sealed class SafetyRequirementsRule : ILintRule
{
    public string Id => "ML007";

    public IEnumerable<LintFinding> Check(Migration migration, MigrationText text)
    {
        if (!migration.SafetyRelated)
        {
            yield break;
        }

        var section = migration.Body.Section(Body.MigrationBody.SafetyRequirements);
        if (section is null || section.Text.Length == 0)
        {
            var position = migration.PositionOf("safety_related");
            yield return new LintFinding(
                Id, DiagnosticSeverity.Error, section?.Line ?? position.Line, section?.Column ?? position.Column,
                section is null ? "safety_related is true but there is no '## Safety requirements' section" : "'## Safety requirements' is empty",
                "state what must stay true, e.g. 'the guard OK signal is FALSE whenever either channel is open; e-stop logic and certified files are not touched'");
        }
    }
}
