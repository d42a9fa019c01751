using System.Collections.Concurrent;
using PlcFleet.Verification.Safety;
using PlcFleet.Verification.Safety.Corpus;

namespace PlcFleet.Verification.Tests.Safety;

/// <summary>
/// The per-class corpus (Safety/Classes, written by generate_classes.py in plant styles the rules were not written in):
/// every disguised unsafe change must be refused or escalated, no safe refactoring may be flagged, and every class keeps
/// at least five of each.
/// </summary>
public sealed class ClassCorpusTests
{
    private static readonly ConcurrentDictionary<string, CorpusOutcome> Outcomes = new(StringComparer.Ordinal);
    private static readonly Lazy<IReadOnlyList<CorpusCase>> AllCases = new(() => CorpusLoader.Load(CorpusRoot));

    private static string CorpusRoot => Path.Combine(AppContext.BaseDirectory, "Safety", "Classes");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var c in CorpusLoader.Load(CorpusRoot))
        {
            data.Add(c.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case_is_judged_as_expected(string name)
    {
        var outcome = Run(AllCases.Value.Single(c => c.Name == name));
        Assert.True(outcome.Case.Unsafe ? outcome.Flagged : !outcome.Flagged,
            $"{name} ({outcome.Case.Description}) expected {(outcome.Case.Unsafe ? "refused or escalated" : "passed")}; findings:{Environment.NewLine}"
            + string.Join(Environment.NewLine, outcome.Report.Findings));
    }

    [Fact]
    public void Every_class_has_five_unsafe_and_five_safe_cases_and_meets_the_bar()
    {
        var summary = new CorpusSummary(AllCases.Value.Select(Run).ToList());
        var classes = summary.ByClass();
        Assert.Equal(["comments-loops", "configuration", "cross-scan", "roles", "soundness", "timing"], classes.Select(c => c.Class));
        foreach (var (name, part) in classes)
        {
            Assert.True(part.UnsafeCount >= 5 && part.SafeCount >= 5, $"{name}: {part.UnsafeCount} unsafe, {part.SafeCount} safe");
            Assert.Equal(1.0, part.CatchRate);
            Assert.Equal(0, part.FalseAlarms);
        }
    }

    [Fact]
    public void Unresolvable_writes_into_a_safety_cone_are_escalated_with_the_reason()
    {
        var outcome = Run(AllCases.Value.Single(c => c.Name == "soundness/unsafe-while-retry"));
        var escalation = Assert.Single(outcome.Report.Findings, f => f is { RuleId: "SAF020", Escalate: true } && f.Message.Contains("K1_Hauptschuetz", StringComparison.Ordinal));
        Assert.Contains("WHILE", escalation.Message, StringComparison.Ordinal);
        Assert.Equal(35, escalation.Location.Line);
        Assert.True(outcome.Report.NeedsEscalation);
    }

    [Fact]
    public void A_weakened_output_is_reported_at_the_changed_line_with_readable_conditions()
    {
        var outcome = Run(AllCases.Value.Single(c => c.Name == "roles/unsafe-es-resguardo-dropped"));
        var finding = Assert.Single(outcome.Report.Findings, f => f.RuleId == "SAF002" && f.Message.Contains("KM1_Motor", StringComparison.Ordinal));

        // Line 18 is the edited enable (Habilitacion := ParadaEmergencia_OK;), not the motor assignment further down.
        Assert.Equal(18, finding.Location.Line);
        Assert.Contains("AND Resguardo_Cerrado", finding.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("global.", finding.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("soundness/unsafe-telecontrol-magic-word", "Reg_Telecontrollo := 42330")]
    [InlineData("timing/unsafe-short-timer-beside-8h", "(scan step) := T#")]
    [InlineData("configuration/unsafe-restore-after-warm-restart", "warm restart; ")]
    public void Only_the_differential_check_sees_it_and_the_finding_carries_the_input_trace(string name, string traceShows)
    {
        var outcome = Run(AllCases.Value.Single(c => c.Name == name));

        Assert.True(outcome.OnlyBySimulation, string.Join(Environment.NewLine, outcome.Report.Findings));
        var finding = Assert.Single(outcome.Report.Findings);
        Assert.Equal("SAF018", finding.RuleId);
        Assert.Contains("KM1_Motore", finding.Message, StringComparison.Ordinal);
        var trace = Assert.IsAssignableFrom<IReadOnlyList<TraceStep>>(finding.Trace);
        Assert.Equal(("FALSE", "TRUE"), (trace[^1].Before, trace[^1].After));
        Assert.All(trace.SkipLast(1), step => Assert.Equal("FALSE", step.After));
        Assert.Contains(traceShows, finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_finding_of_an_unsafe_case_points_at_a_line_the_change_touched()
    {
        var offLine = new List<string>();
        foreach (var @case in AllCases.Value.Where(c => c.Unsafe))
        {
            var changed = new SafetyComparison(SiteAnalysis.Load(@case.Before), SiteAnalysis.Load(@case.After), SafetyOptions.Default).Changed;
            offLine.AddRange(Run(@case).Report.Findings.Where(f => !changed.Contains(f.Location)).Select(f => $"{@case.Name}: {f}"));
        }

        Assert.True(offLine.Count == 0, string.Join(Environment.NewLine, offLine));
    }

    private static CorpusOutcome Run(CorpusCase @case) => Outcomes.GetOrAdd(@case.Name, _ => CorpusRunner.Run(@case));
}
