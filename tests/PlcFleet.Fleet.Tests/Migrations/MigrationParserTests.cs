using PlcFleet.Fleet.Migrations;
using PlcFleet.Fleet.Migrations.Body;
using PlcFleet.Fleet.Migrations.Preconditions;
using PlcFleet.Fleet.Inventory;
using M = PlcFleet.Fleet.Tests.TestData.Migrations;
using Dialect = PlcFleet.StructuredText.Syntax.Dialect;

namespace PlcFleet.Fleet.Tests.Migrations;

public sealed class MigrationParserTests
{
    private static Migration ParseOk(string text)
    {
        var result = MigrationParser.Parse(text, "migrations/guard-monitor.md");
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        return result.Migration!;
    }

    [Fact]
    public void Reads_front_matter_fields()
    {
        var migration = ParseOk(M.GuardMonitor);

        Assert.Equal("guard-monitor", migration.Id);
        Assert.Equal("Replace hand-written guard door logic with SAFETY_GUARD_MONITOR", migration.Title);
        Assert.Equal(2, migration.Version);
        Assert.True(migration.SafetyRelated);
        Assert.Equal(["**/*.st", "**/*.scl"], migration.Scope.Include);
        Assert.Equal(["**/Safety/Certified/**"], migration.Scope.Exclude);
        Assert.Equal(new DiffCeiling(4, 120), migration.Ceiling);
        Assert.Empty(migration.AllowedOutputChanges);
    }

    [Fact]
    public void Reads_agent_settings_and_limits()
    {
        var agent = ParseOk(M.GuardMonitor).Agent;

        Assert.Equal(new AgentSettings(AgentKind.Rewrite, 10, 3, 200_000, 2.0m, 15), agent);
    }

    [Fact]
    public void Agent_settings_default_when_absent()
    {
        var text = M.GuardMonitor;
        var start = text.IndexOf("agent:", StringComparison.Ordinal);
        var end = text.IndexOf("rewrite:", StringComparison.Ordinal);
        var migration = ParseOk(text.Remove(start, end - start));

        Assert.Equal(AgentSettings.Default, migration.Agent);
    }

    [Fact]
    public void Reads_every_precondition_kind_in_order()
    {
        var preconditions = ParseOk(M.GuardMonitor).Preconditions;

        Assert.Collection(
            preconditions,
            p => Assert.Equal([Dialect.Codesys, Dialect.Iec], Assert.IsType<DialectPrecondition>(p).Dialects),
            p => Assert.Equal(">= 3.5", Assert.Single(Assert.IsType<FirmwarePrecondition>(p).Constraints).ToString()),
            p => Assert.True(Assert.IsType<CodePrecondition>(p).MustContain),
            p => Assert.False(Assert.IsType<CodePrecondition>(p).MustContain),
            p => Assert.IsType<NotCertifiedPrecondition>(p),
            p => Assert.Equal(3, Assert.IsType<LineStatusPrecondition>(p).Statuses.Count),
            p => Assert.Equal(["packaging"], Assert.IsType<TagsPrecondition>(p).Tags));
    }

    [Fact]
    public void Precondition_positions_are_file_lines()
    {
        var text = M.GuardMonitor;
        var firmware = ParseOk(text).Preconditions.OfType<FirmwarePrecondition>().Single();

        Assert.Equal(M.LineOf(text, "- firmware:"), firmware.Position.Line);
        Assert.Equal(5, firmware.Position.Column);
    }

    [Fact]
    public void Code_precondition_regex_is_unescaped_from_yaml()
    {
        var contains = ParseOk(M.GuardMonitor).Preconditions.OfType<CodePrecondition>().First();

        Assert.Equal(@"(?i)guard\w*(closed|ok)", contains.Pattern.ToString());
        Assert.Matches(contains.Pattern, "IF GuardDoor_OK THEN");
    }

    [Fact]
    public void Reads_success_criteria_with_code_pattern()
    {
        var criteria = ParseOk(M.GuardMonitor).SuccessCriteria;

        Assert.Equal(
            ["compile", "safety", "equivalence", "code_contains: SAFETY_GUARD_MONITOR"],
            criteria.Select(c => c.ToString()));
        Assert.All(criteria, c => Assert.True(c.IsMachineCheckable));
    }

    [Fact]
    public void Reads_rewrite_rule_with_holes()
    {
        var rule = Assert.Single(ParseOk(M.GuardMonitor).Rewrite);

        Assert.Equal("guard-if-to-monitor", rule.Name);
        Assert.StartsWith("IF :[ch1] AND :[ch2] THEN\n", rule.Match, StringComparison.Ordinal);
        Assert.Contains(":[ok] := SAFETY_GUARD_MONITOR(Channel1 := :[ch1], Channel2 := :[ch2]);", rule.Replace, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_body_sections_in_order_with_lines()
    {
        var text = M.GuardMonitor;
        var body = ParseOk(text).Body;

        Assert.Equal(
            [MigrationBody.Context, MigrationBody.SafetyRequirements, MigrationBody.ExamplesHeading, MigrationBody.Task, MigrationBody.SuccessCriteria],
            body.Sections.Where(s => s.Heading != "Guard monitor").Select(s => s.Heading));
        Assert.Equal(M.LineOf(text, "## Task"), body.Section("task")!.Line);
        Assert.StartsWith("Every two-channel guard door IF statement", body.Section("Task")!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_examples_with_before_and_after_code()
    {
        var text = M.GuardMonitor;
        var examples = ParseOk(text).Body.Examples;

        Assert.Equal(["Infeed guard", "Palletiser fence", "Wrapper hood"], examples.Select(e => e.Title));
        var first = examples[0];
        Assert.True(first.IsComplete);
        Assert.StartsWith("IF GuardDoor_Ch1 AND GuardDoor_Ch2 THEN", first.Before!.Code, StringComparison.Ordinal);
        Assert.StartsWith("Guard_OK := SAFETY_GUARD_MONITOR(", first.After!.Code, StringComparison.Ordinal);
        Assert.Equal("st", first.Before.Language);
        Assert.Equal(M.LineOf(text, "### Infeed guard"), first.Line);
    }

    [Fact]
    public void Fence_arguments_label_before_and_after_in_any_order()
    {
        var example = "### Reversed\n\n```st after\nB := TRUE;\n```\n\n```st before\nA := TRUE;\n```\n";
        var migration = ParseOk(M.GuardMonitorFrontMatter + "\n## Examples\n\n" + example);

        var parsed = Assert.Single(migration.Body.Examples);
        Assert.Equal("A := TRUE;", parsed.Before!.Code);
        Assert.Equal("B := TRUE;", parsed.After!.Code);
    }

    [Fact]
    public void Example_with_one_code_block_has_no_after()
    {
        var example = "### Lonely\n\nBefore:\n\n```st\nIF A AND B THEN X := TRUE; END_IF;\n```\n";
        var parsed = Assert.Single(ParseOk(M.GuardMonitorFrontMatter + "\n## Examples\n\n" + example).Body.Examples);

        Assert.NotNull(parsed.Before);
        Assert.Null(parsed.After);
        Assert.False(parsed.IsComplete);
    }

    [Fact]
    public void Content_hash_is_sha256_of_exact_text_and_changes_with_it()
    {
        var text = M.GuardMonitor;
        var migration = ParseOk(text);
        var edited = ParseOk(text.Replace("Leave code without", "Leave all code without", StringComparison.Ordinal));

        Assert.Equal(64, migration.ContentHash.Length);
        Assert.Equal(MigrationParser.Sha256(text), migration.ContentHash);
        Assert.NotEqual(migration.ContentHash, edited.ContentHash);
        Assert.Equal(text, migration.Text);
    }

    [Fact]
    public void Load_reads_from_disk_and_reports_missing_file()
    {
        using var folder = new TestData.TempFolder();
        var path = folder.Write("migrations/guard-monitor.md", M.GuardMonitor);

        Assert.True(MigrationParser.Load(path).Succeeded);
        var missing = MigrationParser.Load(folder.Combine("migrations", "nope.md"));
        Assert.Contains("not found", Assert.Single(missing.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_front_matter_is_reported_at_line_one()
    {
        var result = MigrationParser.Parse("# Guard monitor\n\n## Task\n\nDo it.\n", "m.md");

        var problem = Assert.Single(result.Problems);
        Assert.Equal((1, 1), (problem.Line, problem.Column));
        Assert.Contains("front matter", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("version: 2", "version: two", "'version' must be an integer")]
    [InlineData("version: 2", "version: 0", "'version' must be an integer >= 1")]
    [InlineData("safety_related: true", "safety_related: maybe", "'safety_related' must be true or false")]
    [InlineData("  - firmware: \">= 3.5\"", "  - firmware: \"newer than 3.5\"", "not a version comparison")]
    [InlineData("  - dialect: [codesys, iec]", "  - dialect: [codesys, st]", "unknown value 'st'; allowed: codesys, iec, scl")]
    [InlineData("  - line_status: [maintenance, stopped, running]", "  - line_status: [idle]", "allowed: running, maintenance, stopped")]
    [InlineData("  - code_not_contains: \"SAFETY_GUARD_MONITOR\"", "  - code_not_contains: \"SAFETY_(GUARD\"", "invalid .NET regular expression")]
    [InlineData("  - tags_any: [packaging]", "  - tags_sum: [packaging]", "unknown key 'tags_sum'")]
    [InlineData("  - not_certified: true", "  - not_certified: false", "only 'true' has a meaning")]
    [InlineData("  kind: rewrite", "  kind: robot", "unknown value 'robot'; allowed: rewrite, llm")]
    [InlineData("  max_turns: 10", "  max_turns: -1", "'max_turns' must be an integer >= 1")]
    [InlineData("  max_cost_usd: 2.0", "  max_cost_usd: lots", "'max_cost_usd' must be a non-negative number")]
    [InlineData("ceiling: { files: 4, lines: 120 }", "ceiling: { files: 4 }", "give both 'files' and 'lines'")]
    [InlineData("  - safety\n", "  - safty\n", "unknown value 'safty'")]
    [InlineData("  - code_contains: SAFETY_GUARD_MONITOR\n", "  - code_contains\n", "give the pattern")]
    [InlineData("allowed_output_changes: []", "allowed_outputs: []", "unknown key 'allowed_outputs'")]
    public void Front_matter_errors_name_the_file_line(string oldLine, string newLine, string expected)
    {
        var text = M.WithFrontMatterLine(oldLine, newLine);
        var result = MigrationParser.Parse(text, "migrations/guard-monitor.md");

        Assert.False(result.Succeeded);
        var problem = Assert.Single(result.Problems);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
        Assert.Equal(M.LineOf(text, newLine), problem.Line);
        Assert.Equal("migrations/guard-monitor.md", problem.File);
    }

    [Fact]
    public void Missing_required_keys_are_all_reported()
    {
        var text = "---\nsafety_related: true\n---\n## Task\n";
        var result = MigrationParser.Parse(text, "m.md");

        Assert.Equal(3, result.Problems.Count);
        Assert.Contains(result.Problems, p => p.Message.Contains("'id'", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Message.Contains("'title'", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Message.Contains("'version'", StringComparison.Ordinal));
        Assert.All(result.Problems, p => Assert.Equal(2, p.Line));
    }

    [Fact]
    public void Yaml_syntax_error_maps_to_file_line()
    {
        var text = "---\nid: guard-monitor\ntitle: [unclosed\nversion: 1\n---\n";
        var problems = MigrationParser.Parse(text, "m.md").Problems;
        var problem = Assert.Single(problems);

        Assert.Equal("invalid YAML: this '[' is never closed with ']'", problem.Message);
        Assert.Equal((3, 8), (problem.Line, problem.Column));
    }

    [Fact]
    public void Firmware_precondition_accepts_a_range()
    {
        var text = M.WithFrontMatterLine("  - firmware: \">= 3.5\"", "  - firmware: \">= 3.5, < 4\"");
        var firmware = ParseOk(text).Preconditions.OfType<FirmwarePrecondition>().Single();

        Assert.Equal([">= 3.5", "< 4"], firmware.Constraints.Select(c => c.ToString()));
    }

    [Fact]
    public void Key_positions_point_at_front_matter_lines()
    {
        var text = M.GuardMonitor;
        var migration = ParseOk(text);

        Assert.Equal(M.LineOf(text, "ceiling:"), migration.PositionOf("ceiling").Line);
        Assert.Equal(M.LineOf(text, "preconditions:"), migration.PositionOf("preconditions").Line);
    }
}

public sealed class MigrationFileTests
{
    [Fact]
    public void Crlf_file_parses_with_the_same_lines_and_its_own_hash()
    {
        using var folder = new TestData.TempFolder();
        var lf = M.GuardMonitor;
        var path = folder.Write("migrations/guard-monitor.md", lf.Replace("\n", "\r\n", StringComparison.Ordinal));

        var result = MigrationParser.Load(path);

        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var migration = result.Migration!;
        Assert.Equal(3, migration.Body.Examples.Count(e => e.IsComplete));
        Assert.Equal(M.LineOf(lf, "- firmware:"), migration.Preconditions.OfType<FirmwarePrecondition>().Single().Position.Line);
        Assert.NotEqual(MigrationParser.Sha256(lf), migration.ContentHash);
    }

    [Fact]
    public void Byte_order_mark_is_read_but_counted_in_the_hash()
    {
        using var folder = new TestData.TempFolder();
        var path = folder.Combine("guard-monitor.md");
        var bytes = System.Text.Encoding.UTF8.GetPreamble().Concat(System.Text.Encoding.UTF8.GetBytes(M.GuardMonitor)).ToArray();
        File.WriteAllBytes(path, bytes);

        var migration = MigrationParser.Load(path).Migration!;

        Assert.Equal("guard-monitor", migration.Id);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), migration.ContentHash);
    }
}
