namespace PlcFleet.Fleet.Migrations.Lint;

/// <summary>
/// Checks a parsed migration for the shape that makes prompts work (examples, verifiable end state, preconditions,
/// one change, end state not steps, safety requirements, scope, ceiling, usable rewrite rules). Findings are sorted by position.
/// </summary>
public static class MigrationLinter
{
    public static IReadOnlyList<ILintRule> Rules { get; } =
    [
        new ExamplesCountRule(),
        new ExampleBeforeAfterRule(),
        new VerifiableEndStateRule(),
        new PreconditionsStatedRule(),
        new OneChangeRule(),
        new EndStateNotStepsRule(),
        new SafetyRequirementsRule(),
        new ScopePresentRule(),
        new CeilingPresentRule(),
        new SectionsPresentRule(),
        new RewriteRulesRule(),
    ];

    public static IReadOnlyList<LintFinding> Lint(Migration migration)
    {
        var text = new MigrationText(migration);
        return Rules.SelectMany(rule => rule.Check(migration, text))
            .OrderBy(f => f.Line).ThenBy(f => f.Column).ThenBy(f => f.Rule, StringComparer.Ordinal)
            .ToList();
    }
}
