using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Values;
using PlcFleet.Verification.Safety;
using PlcFleet.Verification.Safety.Configuration;
using PlcFleet.Verification.Safety.Differential;

namespace PlcFleet.Verification.Tests.Safety.Roles;

/// <summary>Signal roles a site declares in plcfleet.yaml where its tag names say nothing (issue 4).</summary>
public sealed class DeclaredRolesTests
{
    private const string WithoutReset =
        "safety:\n  variables: [\"S1_I\", \"B1_I\", \"B2_I\"]\n  indications: [\"H1?_Q\"]\n  channel_pairs: [[\"B1_I\", \"B2_I\"]]\n";

    private const string DeclaredRoles = WithoutReset + "  resets: [\"S3_I\"]\n";

    private static readonly SignalInfo[] PlantInputs =
        [.. new[] { "S1_I", "B1_I", "B2_I", "S3_I", "S4_I" }.Select(n => new SignalInfo(n, PlcType.Bool, SignalDirection.Input))];

    private static SafetyConfig Config(string yaml)
    {
        var problems = new List<ConfigProblem>();
        var config = SafetyConfigReader.Parse(yaml, "plcfleet.yaml", problems);
        Assert.Empty(problems);
        return config;
    }

    /// <summary>The held-inputs trace: it starts the machine like an operator would, before the random changes.</summary>
    private static IReadOnlyList<IReadOnlyDictionary<string, PlcValue>> StartOfHeldTrace(SafetyConfig config) =>
        [.. TraceFamilies.Build(PlantInputs, config.Roles, new SimulationBudget(), TimeSteps.Of(TimeSpan.FromMilliseconds(10), [TimeSpan.FromSeconds(2)]), [])[1]
            .Trace.Segments.Take(3).Select(s => s.Changes)];

    [Fact]
    public void A_declared_reset_is_held_off_and_pulsed_before_the_machine_runs()
    {
        var declared = StartOfHeldTrace(Config(DeclaredRoles));
        var guessed = StartOfHeldTrace(Config(WithoutReset));

        Assert.False(declared[0]["S3_I"].AsBool);
        Assert.True(declared[1]["S3_I"].AsBool);
        Assert.False(declared[2]["S3_I"].AsBool);
        Assert.True(declared[0]["S1_I"].AsBool);
        // Undeclared, S3_I looks like a field contact: healthy means closed, and nobody presses it to re-arm the machine.
        Assert.True(guessed[0]["S3_I"].AsBool);
        Assert.False(guessed[1].ContainsKey("S3_I"));
    }

    [Fact]
    public void Declared_channel_pair_moves_together_in_the_held_traces()
    {
        var trace = TraceFamilies.Build(PlantInputs, Config(DeclaredRoles).Roles, new SimulationBudget(), TimeSteps.Of(TimeSpan.FromMilliseconds(10), [TimeSpan.FromSeconds(2)]), [])[1].Trace;

        foreach (var changes in trace.Segments.Select(s => s.Changes).Where(c => c.ContainsKey("B1_I") || c.ContainsKey("B2_I")))
        {
            Assert.Equal(changes["B1_I"], changes["B2_I"]);
        }
    }

    /// <summary>A monitored manual reset: the trip is acknowledged when S3_I is released (F_TRIG), as safety relays do.</summary>
    private static string ResetOnRelease(string code) =>
        code.Replace("rtReset           : R_TRIG;", "rtReset           : F_TRIG;", StringComparison.Ordinal);

    [Fact]
    public void Auto_restart_after_a_guard_glitch_is_caught_in_simulation_whether_or_not_the_reset_is_declared()
    {
        // The change ignores a guard opening seen for one scan only, so the conveyor restarts without a reset.
        using var guessed = PlantTagSite.FromCorpus("unsafe-reset-latch-debounced", WithoutReset, editBoth: ResetOnRelease);
        using var declared = PlantTagSite.FromCorpus("unsafe-reset-latch-debounced", DeclaredRoles, editBoth: ResetOnRelease);

        // Declared, S3_I is pulsed like a reset button before the machine runs. Undeclared it is held like a field contact, but
        // the timer-step and warm-restart traces still release it, so the restart without reset is found either way.
        foreach (var site in new[] { declared, guessed })
        {
            var report = SafetyAnalyzer.Compare(site.Before, site.After);
            var finding = Assert.Single(report.Findings, f => f.RuleId == "SAF018");
            Assert.Contains("K1_Q", finding.Message, StringComparison.Ordinal);
            Assert.True(report.HasViolations);
        }
    }

    [Fact]
    public void Reset_acting_on_the_button_level_is_an_automatic_restart_only_when_the_reset_is_declared()
    {
        using var guessed = PlantTagSite.FromCorpus("unsafe-reset-without-edge", WithoutReset);
        using var declared = PlantTagSite.FromCorpus("unsafe-reset-without-edge", DeclaredRoles);

        var withoutRoles = SafetyAnalyzer.Compare(guessed.Before, guessed.After);
        var withRoles = SafetyAnalyzer.Compare(declared.Before, declared.After);

        Assert.DoesNotContain(withoutRoles.Findings, f => f.RuleId == "SAF012");
        var finding = Assert.Single(withRoles.Findings, f => f.RuleId == "SAF012");
        Assert.Contains("S3_I", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Energising_a_declared_indication_is_no_false_alarm()
    {
        // The reset lamp now also flashes while the machine runs: H12_Q is energised where the old code kept it off.
        using var site = PlantTagSite.FromCorpus("safe-release-from-last-scan-latch", DeclaredRoles,
            code => code.Replace("H12_Q := Reset_Required;", "H12_Q := Reset_Required OR K1_Q;", StringComparison.Ordinal));
        using var undeclared = PlantTagSite.FromCorpus("safe-release-from-last-scan-latch", WithoutReset.Replace("H1?_Q", "H11_Q", StringComparison.Ordinal),
            code => code.Replace("H12_Q := Reset_Required;", "H12_Q := Reset_Required OR K1_Q;", StringComparison.Ordinal));

        var report = SafetyAnalyzer.Compare(site.Before, site.After);
        var guessed = SafetyAnalyzer.Compare(undeclared.Before, undeclared.After);

        Assert.True(report.Findings.Count == 0, string.Join(Environment.NewLine, report.Findings));
        Assert.Contains(guessed.Findings, f => f.Message.Contains("H12_Q", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("safety:\n  channel_pairs: [[\"B1_I\"]]\n", 2, 19, "got 1")]
    [InlineData("safety:\n  channel_pairs: [\"B1_I\", \"B2_I\"]\n", 2, 19, "must be a list of two input names")]
    [InlineData("safety:\n  channel_pairs: B1_I\n", 2, 18, "must be a list of pairs")]
    [InlineData("safety:\n  channel_pairs:\n    - [B1_I, B2_I]\n    - [S7_I, S7_I]\n", 4, 7, "the same name twice")]
    public void A_bad_channel_pair_is_a_problem_with_line_and_column(string yaml, int line, int column, string message)
    {
        var problems = new List<ConfigProblem>();

        var config = SafetyConfigReader.Parse(yaml, "plcfleet.yaml", problems);

        // Each bad entry is its own problem; the first one is at the given place.
        var problem = problems[0];
        Assert.Equal(("plcfleet.yaml", line, column), (problem.Location.File, problem.Location.Line, problem.Location.Column));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.True(config.ChannelPairs.Count <= 1);
    }

    [Fact]
    public void Roles_say_whether_they_were_declared_or_guessed_from_the_name()
    {
        var roles = Config(DeclaredRoles).Roles;

        Assert.Equal("declared in plcfleet.yaml (safety.resets: S3_I)", roles.ResetReason("PRG_Safety.S3_I"));
        Assert.Equal("by name (contains 'Reset')", roles.ResetReason("Btn_Reset"));
        Assert.Null(roles.ResetReason("EStop_Reset_Ok"));
        Assert.StartsWith("declared", roles.IndicationReason("H12_Q"), StringComparison.Ordinal);
        Assert.Equal("by name (contains 'Lamp')", roles.IndicationReason("Lamp_Running"));
        Assert.Null(roles.IndicationReason("K1_Q"));
        Assert.Contains(roles.Describe("B2_I"), r => r.Role == "channel pair" && r.Reason.Contains("B1_I/B2_I", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("bResetPB", true)]
    [InlineData("FAULT_ACK", true)]
    [InlineData("xAcknowledge", true)]
    [InlineData("PRG_Line.Reset_PB", true)]
    [InlineData("Motor_Feedback", false)] // "Feedback" holds the letters of "Ack" but is no acknowledge button
    [InlineData("Preset_Count", false)]
    [InlineData("EStop_Reset_Ok", false)] // an e-stop channel is never pulsed as a reset
    public void Name_rules_match_at_the_start_of_a_word(string signal, bool isReset)
    {
        Assert.Equal(isReset, SafetyConfig.Default.Roles.IsReset(signal));
    }

    [Theory]
    [InlineData("HMI_Start", true)]
    [InlineData("TestMode", true)]
    [InlineData("Latest_Batch", false)]
    [InlineData("Stack_Lamp_Red", false)]
    public void Commands_are_recognised_by_whole_words(string signal, bool isCommand)
    {
        Assert.Equal(isCommand, SafetyConfig.Default.Roles.IsCommand(signal));
    }
}
