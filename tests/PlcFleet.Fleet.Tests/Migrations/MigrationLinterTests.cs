using PlcFleet.Fleet.Migrations;
using PlcFleet.Fleet.Migrations.Lint;
using PlcFleet.StructuredText.Diagnostics;
using M = PlcFleet.Fleet.Tests.TestData.Migrations;

namespace PlcFleet.Fleet.Tests.Migrations;

public sealed class MigrationLinterTests
{
    private static IReadOnlyList<LintFinding> Lint(string text)
    {
        var result = MigrationParser.Parse(text, "migrations/guard-monitor.md");
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return MigrationLinter.Lint(result.Migration!);
    }

    private static string WithTask(string task) =>
        M.GuardMonitorFrontMatter + M.Context + M.ThreeExamples + $"## Task\n\n{task}\n\n## Success criteria\n\nIt compiles.\n";

    private static string WithExamples(int count)
    {
        var examples = string.Concat(Enumerable.Range(1, count).Select(i =>
            M.Example($"Guard {i}", $"IF Door{i}_A AND Door{i}_B THEN\n    Door{i}_OK := TRUE;\nELSE\n    Door{i}_OK := FALSE;\nEND_IF;", $"Door{i}_OK := SAFETY_GUARD_MONITOR(Channel1 := Door{i}_A, Channel2 := Door{i}_B);")));
        return M.GuardMonitorFrontMatter + M.Context + "## Examples\n\n" + examples + M.Task;
    }

    private static string RemoveFrontMatterBlock(string key, string nextKey)
    {
        var text = M.GuardMonitor;
        var start = text.IndexOf(key, StringComparison.Ordinal);
        var end = text.IndexOf(nextKey, start, StringComparison.Ordinal);
        return text.Remove(start, end - start);
    }

    [Fact]
    public void Well_shaped_migration_has_no_findings() => Assert.Empty(Lint(M.GuardMonitor));

    [Fact]
    public void Every_rule_has_a_unique_id() =>
        Assert.Equal(MigrationLinter.Rules.Count, MigrationLinter.Rules.Select(r => r.Id).Distinct().Count());

    [Fact]
    public void No_examples_is_an_error_at_the_body()
    {
        var text = M.GuardMonitorFrontMatter + M.Context + M.Task;
        var finding = Assert.Single(Lint(text), f => f.Rule == "ML001");

        Assert.Equal(DiagnosticSeverity.Error, finding.Severity);
        Assert.Equal("no '## Examples' section", finding.Message);
        Assert.Contains("3 to 5 examples", finding.Suggestion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1, "only 1 example; 3 to 5 work best")]
    [InlineData(2, "only 2 examples; 3 to 5 work best")]
    [InlineData(6, "6 examples; more than 5 dilutes the prompt")]
    public void Example_count_outside_three_to_five_warns_at_examples_heading(int count, string message)
    {
        var text = WithExamples(count);
        var finding = Assert.Single(Lint(text));

        Assert.Equal(("ML001", DiagnosticSeverity.Warning, message), (finding.Rule, finding.Severity, finding.Message));
        Assert.Equal(M.LineOf(text, "## Examples"), finding.Line);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Three_to_five_examples_are_fine(int count) => Assert.Empty(Lint(WithExamples(count)));

    [Fact]
    public void Example_without_after_code_is_reported_at_its_heading()
    {
        var broken = "### Capper guard\n\nBefore:\n\n```st\nIF Capper_A AND Capper_B THEN\n    Capper_OK := TRUE;\nEND_IF;\n```\n\n";
        var text = M.GuardMonitorFrontMatter + M.Context + M.ThreeExamples + broken + M.Task;
        var finding = Assert.Single(Lint(text));

        Assert.Equal("ML002", finding.Rule);
        Assert.Equal("example 'Capper guard' has no After code", finding.Message);
        Assert.Equal(M.LineOf(text, "### Capper guard"), finding.Line);
    }

    [Fact]
    public void Example_with_only_prose_misses_both()
    {
        var text = M.GuardMonitorFrontMatter + M.Context + M.ThreeExamples + "### Described only\n\nJust like the others.\n\n" + M.Task;

        Assert.Contains(Lint(text), f => f.Rule == "ML002" && f.Message == "example 'Described only' has no Before and After code");
    }

    [Fact]
    public void No_success_criteria_is_an_error()
    {
        var text = RemoveFrontMatterBlock("success_criteria:", "allowed_output_changes:");
        var finding = Assert.Single(Lint(text));

        Assert.Equal(("ML003", DiagnosticSeverity.Error), (finding.Rule, finding.Severity));
        Assert.Contains("cannot be verified", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_only_success_criteria_is_not_machine_checkable()
    {
        var text = M.GuardMonitor.Replace("  - compile\n  - safety\n  - equivalence\n  - code_contains: SAFETY_GUARD_MONITOR\n", "  - judge\n", StringComparison.Ordinal);
        var finding = Assert.Single(Lint(text));

        Assert.Equal("ML003", finding.Rule);
        Assert.Contains("only the judge", finding.Message, StringComparison.Ordinal);
        Assert.Equal(M.LineOf(text, "success_criteria:"), finding.Line);
    }

    [Fact]
    public void Code_contains_alone_is_machine_checkable()
    {
        var text = M.GuardMonitor.Replace("  - compile\n  - safety\n  - equivalence\n", "  - judge\n", StringComparison.Ordinal);

        Assert.Empty(Lint(text));
    }

    [Fact]
    public void Missing_success_criteria_section_warns()
    {
        var text = M.GuardMonitor[..M.GuardMonitor.IndexOf("## Success criteria", StringComparison.Ordinal)];
        var finding = Assert.Single(Lint(text));

        Assert.Equal(("ML003", DiagnosticSeverity.Warning), (finding.Rule, finding.Severity));
    }

    [Fact]
    public void No_preconditions_is_an_error_at_front_matter()
    {
        var text = RemoveFrontMatterBlock("preconditions:", "success_criteria:");
        var finding = Assert.Single(Lint(text));

        Assert.Equal(("ML004", DiagnosticSeverity.Error), (finding.Rule, finding.Severity));
        Assert.Equal(1, finding.Line);
    }

    [Fact]
    public void No_when_not_to_act_precondition_warns_at_preconditions()
    {
        var text = M.GuardMonitor.Replace("  - code_not_contains: \"SAFETY_GUARD_MONITOR\"\n", string.Empty, StringComparison.Ordinal);
        var finding = Assert.Single(Lint(text));

        Assert.Equal(("ML004", DiagnosticSeverity.Warning), (finding.Rule, finding.Severity));
        Assert.Equal(M.LineOf(text, "preconditions:"), finding.Line);
        Assert.Contains("code_not_contains", finding.Suggestion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Replace the guard IF with SAFETY_GUARD_MONITOR and also rename the alarm bits.", "'and also'")]
    [InlineData("Rename Guard_OK to GuardDoor_OK and refactor the conveyor enable logic.", "'rename ... and refactor ...'")]
    [InlineData("The guard IF is replaced by the monitor.\n\n- Replace the guard IF statements.\n- Remove the unused jam timer.\n", "bullets that 'replace', 'remove'")]
    [InlineData("Use SAFETY_GUARD_MONITOR for guards. Additionally, clean up the HMI tags.", "'Additionally'")]
    public void Several_changes_in_the_task_warn_as_a_heuristic(string task, string evidence)
    {
        var text = WithTask(task);
        var finding = Assert.Single(Lint(text));

        Assert.Equal(("ML005", DiagnosticSeverity.Warning), (finding.Rule, finding.Severity));
        Assert.Contains(evidence, finding.Message, StringComparison.Ordinal);
        Assert.Contains("heuristic", finding.Message, StringComparison.Ordinal);
        Assert.InRange(finding.Line, M.LineOf(text, "## Task"), M.LineOf(text, "## Success criteria"));
    }

    [Theory]
    [InlineData("Every two-channel guard IF computes its OK signal with SAFETY_GUARD_MONITOR and keeps the same output variable.")]
    [InlineData("- Replace each guard IF with SAFETY_GUARD_MONITOR.\n- Replace nothing else.\n")]
    [InlineData("Replace the guard IF with the monitor and keep the comments.")]
    public void Single_change_task_passes(string task) => Assert.DoesNotContain(Lint(WithTask(task)), f => f.Rule == "ML005");

    [Theory]
    [InlineData("First find the guard IF, then replace it with SAFETY_GUARD_MONITOR, finally compile.")]
    [InlineData("1. Find the guard IF.\n2. Delete it.\n3. Write the monitor call.\n")]
    public void Step_lists_warn(string task)
    {
        var text = WithTask(task);
        var finding = Assert.Single(Lint(text), f => f.Rule == "ML006");

        Assert.Equal(DiagnosticSeverity.Warning, finding.Severity);
        Assert.Contains("list of steps", finding.Message, StringComparison.Ordinal);
        Assert.Equal(M.LineOf(text, task.Split('\n')[0]), finding.Line);
    }

    [Fact]
    public void End_state_mentioning_first_channel_is_not_a_step_list() =>
        Assert.Empty(Lint(WithTask("The first channel and the second channel of every guard feed SAFETY_GUARD_MONITOR.")));

    [Fact]
    public void Safety_related_without_safety_section_is_an_error()
    {
        var text = M.GuardMonitor.Replace("## Safety requirements", "## Notes", StringComparison.Ordinal);
        var finding = Assert.Single(Lint(text));

        Assert.Equal(("ML007", DiagnosticSeverity.Error), (finding.Rule, finding.Severity));
        Assert.Equal(M.LineOf(text, "safety_related:"), finding.Line);
    }

    [Fact]
    public void Not_safety_related_needs_no_safety_section()
    {
        var text = M.GuardMonitor.Replace("## Safety requirements", "## Notes", StringComparison.Ordinal)
            .Replace("safety_related: true", "safety_related: false", StringComparison.Ordinal);

        Assert.Empty(Lint(text));
    }

    [Fact]
    public void Missing_scope_is_an_error()
    {
        var text = RemoveFrontMatterBlock("scope:", "ceiling:");
        var finding = Assert.Single(Lint(text));

        Assert.Equal(("ML008", DiagnosticSeverity.Error), (finding.Rule, finding.Severity));
    }

    [Fact]
    public void Missing_ceiling_is_an_error_for_safety_related_migrations()
    {
        var text = RemoveFrontMatterBlock("ceiling:", "preconditions:");
        var finding = Assert.Single(Lint(text));

        Assert.Equal(("ML009", DiagnosticSeverity.Error), (finding.Rule, finding.Severity));
        Assert.Contains("ceiling: { files: 4, lines: 120 }", finding.Suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_ceiling_is_a_warning_otherwise()
    {
        var text = RemoveFrontMatterBlock("ceiling:", "preconditions:").Replace("safety_related: true", "safety_related: false", StringComparison.Ordinal);

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(Lint(text)).Severity);
    }

    [Fact]
    public void Missing_context_and_task_sections_warn()
    {
        var text = M.GuardMonitorFrontMatter + "\n## Safety requirements\n\nKeep guards safe.\n\n" + M.ThreeExamples + "## Success criteria\n\nCompiles.\n";
        var findings = Lint(text).Where(f => f.Rule == "ML010").ToList();

        Assert.Equal(["no '## Context' section", "no '## Task' section"], findings.Select(f => f.Message));
    }

    [Fact]
    public void Findings_are_sorted_by_position_and_print_rule_and_suggestion()
    {
        var text = RemoveFrontMatterBlock("scope:", "ceiling:").Replace("## Safety requirements", "## Notes", StringComparison.Ordinal);
        var findings = Lint(text);

        // Without a scope key the finding points at the front matter start, before safety_related.
        Assert.Equal(["ML008", "ML007"], findings.Select(f => f.Rule));
        Assert.StartsWith("1:1: error ML008:", findings[0].ToString(), StringComparison.Ordinal);
        Assert.Contains("(suggestion: ", findings[0].ToString(), StringComparison.Ordinal);
    }
}

public sealed class RewriteRulesLintTests
{
    private static IReadOnlyList<LintFinding> Lint(string text) =>
        MigrationLinter.Lint(MigrationParser.Parse(text, "migrations/guard-monitor.md").Migration!);

    [Fact]
    public void Rewrite_agent_without_rules_is_an_error_at_agent()
    {
        var text = M.GuardMonitor;
        var start = text.IndexOf("rewrite:\n", StringComparison.Ordinal);
        var end = text.IndexOf("---\n", start, StringComparison.Ordinal);
        text = text.Remove(start, end - start);

        var finding = Assert.Single(Lint(text));

        Assert.Equal(("ML011", DiagnosticSeverity.Error), (finding.Rule, finding.Severity));
        Assert.Equal(M.LineOf(text, "agent:"), finding.Line);
    }

    [Fact]
    public void Llm_agent_needs_no_rules()
    {
        var text = M.GuardMonitor.Replace("  kind: rewrite", "  kind: llm", StringComparison.Ordinal);
        var start = text.IndexOf("rewrite:\n", StringComparison.Ordinal);
        var end = text.IndexOf("---\n", start, StringComparison.Ordinal);

        Assert.Empty(Lint(text.Remove(start, end - start)));
    }

    [Fact]
    public void Replace_using_an_unbound_hole_is_an_error_at_the_rule()
    {
        var text = M.GuardMonitor.Replace("Channel2 := :[ch2]);", "Channel2 := :[channel2]);", StringComparison.Ordinal);

        var finding = Assert.Single(Lint(text));

        Assert.Equal("ML011", finding.Rule);
        Assert.Equal("rewrite rule 'guard-if-to-monitor' uses :[channel2] in replace but its match never binds it", finding.Message);
        Assert.Contains(":[ch1], :[ch2], :[ok]", finding.Suggestion, StringComparison.Ordinal);
        Assert.Equal(M.LineOf(text, "  - name: guard-if-to-monitor"), finding.Line);
    }
}
