using System.Collections.Concurrent;
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

    private static CorpusOutcome Run(CorpusCase @case) => Outcomes.GetOrAdd(@case.Name, _ => CorpusRunner.Run(@case));
}
