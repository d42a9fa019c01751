using System.Globalization;
using PlcFleet.Formats.Workspaces;
using PlcFleet.Simulation.Compilation;
using PlcFleet.Simulation.Equivalence;
using PlcFleet.Simulation.Symbolic;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Simulation;

namespace PlcFleet.Verification.Equivalence;

/// <summary>
/// Runs every PROGRAM present before and after the change side by side on the same inputs (the site's scenarios, then
/// seeded random traces) within a short budget, and compares all outputs except those the migration declares as
/// intentionally changed. A difference is an error with the first divergent scan and the shrunk input trace; the
/// result carries a before/after waveform for the reviewer.
/// </summary>
public sealed class EquivalenceVerifier(EquivalenceBudget? budget = null) : IVerifier
{
    public const string Divergent = "EQV001";
    public const string SignalMismatch = "EQV002";
    public const string CouldNotSimulate = "EQV003";
    public const string NotExplored = "EQV004";
    public const string NothingCompared = "EQV005";
    public const string NotProven = "EQV006";

    private readonly EquivalenceBudget _budget = budget ?? EquivalenceBudget.Default;

    public string Name => "equivalence";

    public int Order => VerifierOrder.Equivalence;

    public bool IsActive(VerificationContext context) => context.Baseline is not null;

    public Task<VerifierResult> RunAsync(VerificationContext context, CancellationToken cancellationToken)
    {
        var before = context.Baseline!.Simulator;
        if (before is null)
        {
            return Task.FromResult(VerifierResult.Escalate(Name, [Problem(CouldNotSimulate, FindingSeverity.Warning, $"could not simulate the version before the change: {context.Baseline.SimulatorError}")]));
        }

        var after = context.Workspace.Simulator;
        if (after is null)
        {
            return Task.FromResult(VerifierResult.Failed(Name, [Problem(CouldNotSimulate, FindingSeverity.Error, $"could not simulate: {context.Workspace.SimulatorError}")]));
        }

        // Programs whose source changed come first, so the reviewer's waveform shows the code the migration touched.
        if (after.HasCompileErrors)
        {
            return Task.FromResult(VerifierResult.Passed(Name, [ScenarioVerifier.NotRun]));
        }

        var programs = before.Programs.Where(p => after.Programs.Contains(p, StringComparer.OrdinalIgnoreCase))
            .OrderBy(p => Changed(before, after, p) ? 0 : 1)
            .ToList();
        if (programs.Count == 0)
        {
            return Task.FromResult(VerifierResult.Escalate(Name, [Problem(NotExplored, FindingSeverity.Warning, "no PROGRAM exists both before and after the change, so there is nothing to compare")]));
        }

        var findings = new List<Finding>();
        var escalate = false;
        WaveformEvidence? waveform = null;
        var summaries = new List<string>();
        foreach (var program in programs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var outcome = Compare(before, after, program, context.Scope?.AllowedOutputChanges ?? []);
            findings.AddRange(outcome.Findings);
            escalate |= outcome.Escalate;
            if (outcome.Summary is { } summary)
            {
                summaries.Add(summary);
            }

            // The reviewer sees the divergence when there is one, else the first program's scenario run.
            if (outcome.Waveform is { } trace && (waveform is null || (waveform.DivergenceCycle is null && trace.DivergenceCycle is not null)))
            {
                waveform = trace;
            }
        }

        var result = findings.Any(f => f.Severity == FindingSeverity.Error) ? VerifierResult.Failed(Name, findings)
            : escalate ? VerifierResult.Escalate(Name, findings)
            : VerifierResult.Passed(Name, findings);
        return Task.FromResult(result with { Waveform = waveform is null || waveform.DivergenceCycle is not null ? waveform : waveform with { Summary = string.Join("; ", summaries) } });
    }

    private ProgramOutcome Compare(SiteSimulator before, SiteSimulator after, string program, IReadOnlyList<string> allowedToChange)
    {
        var compiledBefore = before.Compile(program);
        if (compiledBefore.Program is null)
        {
            return ProgramOutcome.Escalated(Problem(CouldNotSimulate, FindingSeverity.Warning, before.Locate(program),
                $"could not simulate {program} as it was before the change: {FirstError(compiledBefore)}"));
        }

        var compiledAfter = after.Compile(program);
        if (compiledAfter.Program is null)
        {
            return ProgramOutcome.Failed(Problem(CouldNotSimulate, FindingSeverity.Error, after.Locate(program),
                $"could not simulate {program}: {FirstError(compiledAfter)}"));
        }

        var beforeProgram = compiledBefore.Program;
        var afterProgram = compiledAfter.Program;
        var comparison = ProgramComparison.Run(before, after, program, beforeProgram, afterProgram, new ComparisonSettings
        {
            Seed = _budget.Seed,
            RandomBudget = _budget.TimePerProgram,
            RandomTraces = _budget.RandomTraces,
            SymbolicBudget = _budget.SymbolicTimePerProgram,
            AllowedToChange = allowedToChange,
        });
        var (options, result) = (comparison.Options, comparison.Random);
        var traces = options.Traces;
        var where = after.Locate(program);
        var findings = result.Problems
            .Select(p => Problem(SignalMismatch, FindingSeverity.Error, where, $"{program}: {p}"))
            .ToList();
        if (result.Counterexample is { } counterexample)
        {
            var divergence = counterexample.Divergence;
            var shrunk = counterexample.Shrunk.ToText(result.CycleTime).ReplaceLineEndings("\n").Trim().Replace("\n", " | ", StringComparison.Ordinal);
            findings.Add(Problem(Divergent, FindingSeverity.Error, where,
                $"{program} behaves differently after the change: {divergence} (seed {result.Seed}, found by {counterexample.Source}); minimal input trace: {shrunk}",
                result.ToText()));
            var trace = SideBySideRecorder.FromTable(counterexample.Replay, _budget.MaxWaveformCycles);
            return new ProgramOutcome(findings, false, null,
                trace.Rows.Count == 0 ? null : new WaveformEvidence($"{program}: {divergence} (seed {result.Seed})", divergence.Cycle, trace));
        }

        if (findings.Count > 0)
        {
            return new ProgramOutcome(findings, false, null, null);
        }

        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{program}: no difference in {result.ComparedSignals.Count} compared output(s) over {result.TracesRun} trace(s), {result.CyclesRun:N0} scans (seed {result.Seed})");
        if (result.ComparedSignals.Count == 0)
        {
            // Nothing observable was compared, so nothing was shown: unless the program is proven the same state for state
            // (unchanged, or its changed statements proven), or the migration allowed every output to change, it escalates.
            var nothing = Problem(NothingCompared, FindingSeverity.Warning, where, $"{program}: the simulator sees no output of this program, so before and after were not compared");
            return comparison.Symbolic?.Outcome == SymbolicOutcome.ProvenEquivalent || options.AllowedToChange.Count > 0
                ? new ProgramOutcome([nothing], false, null, null)
                : ProgramOutcome.Escalated(nothing);
        }

        if (result.TracesRun == 0)
        {
            return ProgramOutcome.Escalated(Problem(NotExplored, FindingSeverity.Warning, where, $"{program}: the time budget ran out before any trace was compared"));
        }

        // Random traces found nothing, which proves nothing: the symbolic engine proved it (at once when the program and
        // what it uses are unchanged, or from the changed statements alone), looked deeper (30,000 parts, 10 minutes) or
        // says it does not know, which escalates.
        switch (comparison.Symbolic)
        {
            case { Outcome: SymbolicOutcome.Differs } verdict:
                var replayed = verdict.Trace!.ToText(result.CycleTime).ReplaceLineEndings("\n").Trim().Replace("\n", " | ", StringComparison.Ordinal);
                return ProgramOutcome.Failed(Problem(Divergent, FindingSeverity.Error, where,
                    $"{program} behaves differently after the change: {verdict.Divergence} ({verdict.Reason}); input trace: {replayed}",
                    verdict.ToText(result.CycleTime)));
            case { Outcome: SymbolicOutcome.Unknown } verdict:
                return ProgramOutcome.Escalated(Problem(NotProven, FindingSeverity.Warning, where,
                    $"{program}: random traces found no difference, but equivalence is unknown: {verdict.Reason}"));
            case { } verdict:
                summary += $"; symbolic: {verdict.Label}";
                break;
            case null:
                return ProgramOutcome.Escalated(Problem(NotProven, FindingSeverity.Warning, where,
                    $"{program}: random traces found no difference, but the symbolic engine is turned off, so nothing is proven"));
        }

        var first = traces.Count > 0 ? traces[0].Trace : RandomTrace(beforeProgram, options);
        var outputs = result.ComparedSignals.Take(_budget.MaxWaveformOutputs).ToList();
        var waveform = SideBySideRecorder.Record(beforeProgram.CreateInstance, afterProgram.CreateInstance, first, outputs, result.CycleTime, _budget.MaxWaveformCycles);
        return new ProgramOutcome([], false, summary, waveform.Rows.Count == 0 || waveform.Signals.Count == 0 ? null : new WaveformEvidence(summary, null, waveform));
    }

    private static bool Changed(SiteSimulator before, SiteSimulator after, string program)
    {
        var (file, _, _) = after.Locate(program);
        if (file.Length == 0)
        {
            return false;
        }

        return new WorkspaceRoot(before.Root).ReadText(file).Text != new WorkspaceRoot(after.Root).ReadText(file).Text;
    }

    private static InputTrace RandomTrace(CompiledStProgram program, EquivalenceOptions options)
    {
        var inputs = program.CreateInstance().Signals.Where(s => s.Direction == PlcFleet.Simulation.Programs.SignalDirection.Input);
        var generator = new RandomTraceGenerator(inputs, options.MinHoldCycles, options.MaxHoldCycles);
        return generator.Generate(RandomTraceGenerator.TraceSeed(options.Seed ?? EquivalenceBudget.DefaultSeed, 0), options.CyclesPerTrace);
    }

    private static string FirstError(StProgramCompilation compilation) =>
        compilation.Errors.Count > 0 ? compilation.Errors[0] : "the simulator could not compile it";

    private static Finding Problem(string rule, FindingSeverity severity, string message) => new(rule, severity, "", 0, 0, message);

    private static Finding Problem(string rule, FindingSeverity severity, (string File, int Line, int Column) where, string message, string? explanation = null) =>
        new(rule, severity, where.File, where.Line, where.Column, message, explanation);

    private sealed record ProgramOutcome(IReadOnlyList<Finding> Findings, bool Escalate, string? Summary, WaveformEvidence? Waveform)
    {
        public static ProgramOutcome Escalated(Finding finding) => new([finding], true, null, null);

        public static ProgramOutcome Failed(Finding finding) => new([finding], false, null, null);
    }
}
