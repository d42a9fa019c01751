namespace PlcFleet.Fleet.Migrations.Lint;

/// <summary>One check of the shape that makes migration prompts work.</summary>
public interface ILintRule
{
    /// <summary>Stable id, e.g. <c>ML001</c>, so findings can be looked up and suppressed by id.</summary>
    string Id { get; }

    IEnumerable<LintFinding> Check(Migration migration, MigrationText text);
}
