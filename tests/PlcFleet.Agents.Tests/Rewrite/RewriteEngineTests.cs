using PlcFleet.Agents.Rewrite;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Agents.Tests.Rewrite;

public sealed class RewriteEngineTests
{
    private static WorkspaceRewrite Rewrite(SiteCopy site, string migrationId) =>
        WorkspaceRewriter.Rewrite(site.Workspace, ExampleFleet.Scope(migrationId), Compile(ExampleFleet.Rules(migrationId)));

    private static IReadOnlyList<RewriteTemplate> Compile(IReadOnlyList<RewriteRule> rules)
    {
        var problems = TemplateCompiler.CompileAll(rules, out var templates);
        Assert.Empty(problems);
        return templates;
    }

    [Fact]
    public void Guard_monitor_rewrites_lyon_l1_guard_if_keeping_the_comments_around_it()
    {
        using var site = SiteCopy.Of("lyon-l1");

        var rewrite = Rewrite(site, "guard-monitor");

        var applied = Assert.Single(rewrite.Applied);
        Assert.Equal(("guard-if-to-monitor", "src/PRG_Main.st", 19), (applied.RuleName, applied.Edit.Path, applied.Line));
        var before = ExampleFleet.ReadSiteFile("lyon-l1", "src/PRG_Main.st");
        var expected = before.Replace(
            """
            IF GuardDoor_Ch1 AND GuardDoor_Ch2 THEN
                Guard_OK := TRUE;
            ELSE
                Guard_OK := FALSE;
            END_IF;
            """,
            "Guard_OK := SAFETY_GUARD_MONITOR(Channel1 := GuardDoor_Ch1, Channel2 := GuardDoor_Ch2);",
            StringComparison.Ordinal);
        Assert.NotEqual(before, expected);
        Assert.Equal(expected, rewrite.ChangedFiles["src/PRG_Main.st"]);
        Assert.Contains(
            """
            // --- Safety evaluation ----------------------------------------------------
            // Infeed guard door -B1: two NC channels of one switch.
            Guard_OK := SAFETY_GUARD_MONITOR(Channel1 := GuardDoor_Ch1, Channel2 := GuardDoor_Ch2);

            Safety_OK := EStop_OK AND Guard_OK AND LightCurtain_OK;
            """,
            expected,
            StringComparison.Ordinal);
        Assert.Single(rewrite.ChangedFiles);
    }

    [Fact]
    public void Guard_monitor_rewrites_both_lyon_l2_guards()
    {
        using var site = SiteCopy.Of("lyon-l2");

        var rewrite = Rewrite(site, "guard-monitor");

        var main = rewrite.ChangedFiles["src/PRG_Main.st"];
        Assert.Equal(2, rewrite.Applied.Count);
        Assert.Contains("GuardClosed := SAFETY_GUARD_MONITOR(Channel1 := Guard_Ch1, Channel2 := Guard_Ch2);", main, StringComparison.Ordinal);
        Assert.Contains("RearDoorClosed := SAFETY_GUARD_MONITOR(Channel1 := RearDoor_Ch1, Channel2 := RearDoor_Ch2);", main, StringComparison.Ordinal);
        Assert.Contains("// Kept separate from the hood so the HMI can tell the operator which door is open.", main, StringComparison.Ordinal);
        Assert.DoesNotContain("IF Guard_Ch1", main, StringComparison.Ordinal);
    }

    [Fact]
    public void Guard_monitor_rewrites_porto_l1_in_strict_iec()
    {
        using var site = SiteCopy.Of("porto-l1");

        var rewrite = Rewrite(site, "guard-monitor");

        var applied = Assert.Single(rewrite.Applied);
        Assert.Equal("src/PRG_Main.st", applied.Edit.Path);
        Assert.Contains("xGuardClosed := SAFETY_GUARD_MONITOR(Channel1 := xGuardDoorCh1, Channel2 := xGuardDoorCh2);",
            rewrite.ChangedFiles["src/PRG_Main.st"], StringComparison.Ordinal);
    }

    [Fact]
    public void Guard_monitor_binds_the_whole_left_operand_at_torino_l2_as_the_tree_says()
    {
        using var site = SiteCopy.Of("torino-l2");

        var main = Rewrite(site, "guard-monitor").ChangedFiles["src/PRG_Main.st"];

        // AND is left-associative: (A AND B) AND NOT Key, so ch1 is "A AND B" and ch2 is "NOT Key".
        Assert.Contains("Guard_Closed := SAFETY_GUARD_MONITOR(Channel1 := DoorSwitch_A AND DoorSwitch_B, Channel2 := NOT MaintKey_Active);",
            main, StringComparison.Ordinal);
    }

    [Fact]
    public void Guard_monitor_finds_nothing_in_brno_l1_which_is_already_migrated()
    {
        using var site = SiteCopy.Of("brno-l1");

        var rewrite = Rewrite(site, "guard-monitor");

        Assert.Empty(rewrite.Applied);
        Assert.Empty(rewrite.Refused);
        Assert.Empty(rewrite.ChangedFiles);
    }

    [Fact]
    public void Guard_monitor_never_touches_the_safety_library_excluded_by_scope()
    {
        using var site = SiteCopy.Of("lyon-l1");
        var library = site.Read("src/Lib/SafetyLib.st");

        var rewrite = Rewrite(site, "guard-monitor");

        Assert.DoesNotContain(rewrite.Applied, a => a.Edit.Path.StartsWith("src/Lib/", StringComparison.Ordinal));
        Assert.Equal(library, site.Read("src/Lib/SafetyLib.st"));
    }

    [Fact]
    public void Casing_whitespace_and_comments_do_not_stop_a_match()
    {
        using var site = SiteCopy.With(("src/PRG_Infeed.st", """
            PROGRAM PRG_Infeed
            VAR
                ok : BOOL;
            END_VAR
                if   guard_ch1 (* channel A *)  and
                     GUARD_CH2 then
                    ok := true;   // door closed
                else
                    OK := False;
                end_if;
            END_PROGRAM
            """));

        var rewrite = WorkspaceRewriter.Rewrite(site.Workspace, ChangeScope.Everything, Compile(ExampleFleet.Rules("guard-monitor")));

        var text = rewrite.ChangedFiles["src/PRG_Infeed.st"];
        // The comments inside the match are moved in front of it, one per line, at the statement's indentation.
        Assert.Contains(
            """
                (* channel A *)
                // door closed
                ok := SAFETY_GUARD_MONITOR(Channel1 := guard_ch1, Channel2 := GUARD_CH2);
            END_PROGRAM
            """,
            text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeated_hole_with_different_code_does_not_match()
    {
        using var site = SiteCopy.With(("src/PRG_Guards.st", """
            PROGRAM PRG_Guards
            VAR
                HoodClosed : BOOL;
                DoorAlarm : BOOL;
            END_VAR
            // Not the guard pattern: TRUE and FALSE go to different variables.
            IF Hood_Ch1 AND Hood_Ch2 THEN
                HoodClosed := TRUE;
            ELSE
                DoorAlarm := FALSE;
            END_IF;
            END_PROGRAM
            """));

        var rewrite = WorkspaceRewriter.Rewrite(site.Workspace, ChangeScope.Everything, Compile(ExampleFleet.Rules("guard-monitor")));

        Assert.Empty(rewrite.Applied);
    }

    [Fact]
    public void Alarm_priority_names_priorities_in_lyon_l1_but_not_the_task_priority()
    {
        using var site = SiteCopy.Of("lyon-l1");
        var config = site.Read("src/Config.st");

        var rewrite = WorkspaceRewriter.Rewrite(site.Workspace, ChangeScope.Everything, Compile(ExampleFleet.Rules("alarm-priority")));

        var alarms = rewrite.ChangedFiles["src/PRG_Alarms.st"];
        Assert.Equal(3, Count(alarms, "Priority := E_AlarmPriority.Critical,"));
        Assert.Equal(3, Count(alarms, "Priority := E_AlarmPriority.High,"));
        Assert.Equal(1, Count(alarms, "Priority := E_AlarmPriority.Medium,"));
        Assert.Equal(1, Count(alarms, "Priority := E_AlarmPriority.Low,"));
        Assert.Contains("Alarm_StopLine := (HighestPrio = E_AlarmPriority.Critical) OR (HighestPrio = E_AlarmPriority.High);", alarms, StringComparison.Ordinal);
        Assert.Contains("Horn := Start_Warning OR (AnyUnacked AND (HighestPrio = E_AlarmPriority.Critical));", alarms, StringComparison.Ordinal);
        Assert.Contains("Number := 101, Priority := E_AlarmPriority.Critical, Ack := Ack);   // Emergency stop pressed", alarms, StringComparison.Ordinal);
        Assert.DoesNotContain("src/Config.st", rewrite.ChangedFiles.Keys);
        Assert.Equal(config, site.Read("src/Config.st"));
        Assert.Equal(10, rewrite.Applied.Count);
    }

    [Fact]
    public void Alarm_priority_scope_keeps_the_alarm_library_out()
    {
        using var site = SiteCopy.Of("lyon-l2");

        var rewrite = Rewrite(site, "alarm-priority");

        Assert.Equal(["src/PRG_Alarms.st"], rewrite.ChangedFiles.Keys);
    }

    [Theory]
    [InlineData("lyon-l1", "src/PRG_Conveyor.st", "Speed_Setpoint := LIMIT(0.0, WORD_TO_REAL(Modbus_HoldingRegs[4]) / 10.0, 100.0);")]
    [InlineData("torino-l2", "src/PRG_Discharge.st", "Speed_Setpoint := LIMIT(0.0, WORD_TO_REAL(Modbus_HoldingRegs[4]) / 10.0, 100.0);")]
    [InlineData("gdansk-l2", "src/PRG_Conveyor.st", "fSpeedSetpoint := LIMIT(0.0, WORD_TO_REAL(aModbusHoldingRegs[4]) * 0.1, 100.0);")]
    public void Hmi_speed_clamp_wraps_the_setpoint(string siteId, string path, string expected)
    {
        using var site = SiteCopy.Of(siteId);

        var rewrite = Rewrite(site, "hmi-speed-clamp");

        var applied = Assert.Single(rewrite.Applied);
        Assert.Equal(path, applied.Edit.Path);
        Assert.Contains(expected, rewrite.ChangedFiles[path], StringComparison.Ordinal);
    }

    [Fact]
    public void Hmi_speed_clamp_leaves_porto_l1_alone_because_it_is_already_clamped()
    {
        using var site = SiteCopy.Of("porto-l1");

        Assert.Empty(Rewrite(site, "hmi-speed-clamp").Applied);
    }

    [Fact]
    public void A_template_that_does_not_parse_is_a_problem_naming_the_rule()
    {
        var problems = TemplateCompiler.CompileAll(
            [new RewriteRule("broken-guard", "IF :[ch1] AND :[ch2] THEN\n    :[ok] := TRUE;\n", ":[ok] := :[ch1];")],
            out var templates);

        var problem = Assert.Single(problems);
        Assert.Empty(templates);
        Assert.Equal("broken-guard", problem.RuleName);
        Assert.StartsWith("rewrite rule 'broken-guard': the match template does not parse", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_replace_with_a_hole_the_match_does_not_bind_is_a_problem()
    {
        var (template, problem) = TemplateCompiler.Compile(new RewriteRule("clamp", ":[sp] := :[raw] / 10.0;", ":[sp] := LIMIT(0.0, :[value], 100.0);"));

        Assert.Null(template);
        Assert.Contains(":[value]", problem!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("IF :[c] THEN :[body]; END_IF;", TemplateShape.Statements)]
    [InlineData(":[a] AND NOT :[b]", TemplateShape.Expression)]
    [InlineData("Priority := 1,", TemplateShape.Fragment)]
    [InlineData("AND (:[prio] = 1))", TemplateShape.Fragment)]
    public void Templates_parse_as_the_shape_they_are(string match, TemplateShape shape)
    {
        var (template, problem) = TemplateCompiler.Compile(new RewriteRule("r", match, ""));

        Assert.Null(problem);
        Assert.Equal(shape, template!.Shape);
    }

    [Fact]
    public void A_statement_hole_binds_a_run_of_statements()
    {
        using var site = SiteCopy.With(("src/PRG_Horn.st", """
            PROGRAM PRG_Horn
            IF Alarm_Active THEN
                Horn := TRUE;
                Lamp_Fault := TRUE;
            END_IF;
            END_PROGRAM
            """));
        var rule = new RewriteRule("guard-with-ack", "IF :[c] THEN\n    :[body]\nEND_IF;", "IF :[c] AND NOT Alarm_Ack THEN\n    :[body]\nEND_IF;");

        var rewrite = WorkspaceRewriter.Rewrite(site.Workspace, ChangeScope.Everything, Compile([rule]));

        Assert.Equal(
            """
            PROGRAM PRG_Horn
            IF Alarm_Active AND NOT Alarm_Ack THEN
                Horn := TRUE;
                Lamp_Fault := TRUE;
            END_IF;
            END_PROGRAM
            """,
            rewrite.ChangedFiles["src/PRG_Horn.st"]);
    }

    [Fact]
    public void A_rewrite_that_would_break_the_syntax_is_refused()
    {
        using var site = SiteCopy.Of("lyon-l1");
        var before = site.Read("src/PRG_Conveyor.st");
        var rule = new RewriteRule("bad-clamp", ":[sp] := WORD_TO_REAL(:[reg]) / 10.0;", ":[sp] := LIMIT(0.0, WORD_TO_REAL(:[reg]) / 10.0, 100.0;");

        var rewrite = WorkspaceRewriter.Rewrite(site.Workspace, ChangeScope.Everything, Compile([rule]));

        Assert.Empty(rewrite.Applied);
        var refused = Assert.Single(rewrite.Refused);
        Assert.Equal(("bad-clamp", "src/PRG_Conveyor.st", 10), (refused.RuleName, refused.Path, refused.Line));
        Assert.Contains("would not parse", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(before, site.Read("src/PRG_Conveyor.st"));
    }

    [Fact]
    public void Later_replacement_lines_take_the_indentation_of_the_matched_statement()
    {
        using var site = SiteCopy.With(("src/PRG_Sequence.st", """
            PROGRAM PRG_Sequence
            CASE State OF
                20: // running
                    IF Guard_Ch1 AND Guard_Ch2 THEN
                        GuardOk := TRUE;
                    ELSE
                        GuardOk := FALSE;
                    END_IF;
                    Run_Conveyor := GuardOk;
            END_CASE;
            END_PROGRAM
            """));
        var rule = ExampleFleet.Rules("guard-monitor")[0] with
        {
            Replace = ":[ok] := SAFETY_GUARD_MONITOR(\n    Channel1 := :[ch1],\n    Channel2 := :[ch2]);\n",
        };

        var rewrite = WorkspaceRewriter.Rewrite(site.Workspace, ChangeScope.Everything, Compile([rule]));

        Assert.Contains(
            """
                20: // running
                    GuardOk := SAFETY_GUARD_MONITOR(
                        Channel1 := Guard_Ch1,
                        Channel2 := Guard_Ch2);
                    Run_Conveyor := GuardOk;
            """,
            rewrite.ChangedFiles["src/PRG_Sequence.st"],
            StringComparison.Ordinal);
    }

    [Fact]
    public void Files_with_windows_line_endings_keep_them()
    {
        var main = ExampleFleet.ReadSiteFile("lyon-l1", "src/PRG_Main.st").ReplaceLineEndings("\r\n");
        using var site = SiteCopy.With(("src/PRG_Main.st", main));
        var rule = ExampleFleet.Rules("guard-monitor")[0] with { Replace = ":[ok] := SAFETY_GUARD_MONITOR(\n    Channel1 := :[ch1],\n    Channel2 := :[ch2]);\n" };

        var rewrite = WorkspaceRewriter.Rewrite(site.Workspace, ChangeScope.Everything, Compile([rule]));

        var text = rewrite.ChangedFiles["src/PRG_Main.st"];
        Assert.Contains("Guard_OK := SAFETY_GUARD_MONITOR(\r\n    Channel1 := GuardDoor_Ch1,\r\n    Channel2 := GuardDoor_Ch2);\r\n", text, StringComparison.Ordinal);
        Assert.Equal(text.Split('\n').Length, text.Split("\r\n").Length);
    }

    private static int Count(string text, string part) =>
        (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
