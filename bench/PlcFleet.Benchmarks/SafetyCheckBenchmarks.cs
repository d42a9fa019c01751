using BenchmarkDotNet.Attributes;
using PlcFleet.Verification.Safety;

namespace PlcFleet.Benchmarks;

/// <summary>
/// <c>plcfleet safety check</c> on a generated 20,000-line packaging hall (about 200 cells, each a guard door, light
/// curtain, e-stop with reset, conveyor block with start warning, feedback and jam timers, HMI tags): one cell's guard
/// dropped from its enable (must be refused) and one cell's enable rewritten with De Morgan (must pass). Both load
/// and analyse the two versions from disk, as the command does.
/// </summary>
public class SafetyCheckBenchmarks
{
    public const int SiteLines = 20_000;

    private string _root = null!;

    [GlobalSetup]
    public void Setup()
    {
        _root = Path.Combine(Path.GetTempPath(), "plcfleet-bench-safety-" + Guid.NewGuid().ToString("N")[..8]);
        SafetySiteGenerator.Write(Path.Combine(_root, "before"), SiteLines);
        SafetySiteGenerator.Write(Path.Combine(_root, "unsafe"), SiteLines, SafetySiteGenerator.Change.GuardDropped);
        SafetySiteGenerator.Write(Path.Combine(_root, "safe"), SiteLines, SafetySiteGenerator.Change.Refactoring);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    [Benchmark]
    public SafetyReport GuardDropped() => Expect(SafetyAnalyzer.Compare(Path.Combine(_root, "before"), Path.Combine(_root, "unsafe")), refused: true);

    [Benchmark]
    public SafetyReport Refactoring() => Expect(SafetyAnalyzer.Compare(Path.Combine(_root, "before"), Path.Combine(_root, "safe")), refused: false);

    private static SafetyReport Expect(SafetyReport report, bool refused) =>
        report.HasViolations == refused && (refused || !report.NeedsEscalation)
            ? report
            : throw new InvalidOperationException($"safety check on the generated site: expected {(refused ? "refused" : "passed")}, got {string.Join("; ", report.Findings)}");
}
