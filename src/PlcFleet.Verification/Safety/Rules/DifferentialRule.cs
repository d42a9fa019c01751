using System.Diagnostics;
using System.Globalization;
using PlcFleet.Simulation.Equivalence;
using PlcFleet.Simulation.Programs;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Safety.Analysis;
using PlcFleet.Verification.Safety.Differential;

namespace PlcFleet.Verification.Safety.Rules;

/// <summary>
/// SAF018: the old and new site run side by side in the scan-cycle simulator on generated input traces; a safety
/// output the new code energises in a scan where the old code kept it off is a violation, reported with the shrunk
/// input trace. This sees what the one-scan signature cannot: latches, edges and state machines that change over
/// several scans. SAF019: the check could not run (a construct the simulator does not support, a runtime fault) or
/// ran out of time before its minimum number of traces: the change goes to a safety engineer, never passes.
/// </summary>
public sealed class DifferentialRule : ISafetyRule
{
    public const string ViolationId = "SAF018";

    public const string EscalationId = "SAF019";

    public string Id => ViolationId;

    public string Title => "safety output energised in simulation where the old code kept it off";

    public IEnumerable<SafetyFinding> Check(SafetyComparison comparison)
    {
        var watched = Watched(comparison).ToList();
        // Code that does not compile is already stopped by the compile verifier; escalating it here would only repeat that.
        if (watched.Count == 0 || SameCode(comparison.Before, comparison.After) || comparison.After.Model.Project.HasErrors)
        {
            return [];
        }

        var clock = Stopwatch.StartNew();
        var only = AffectedPrograms.Of(comparison);
        if (only is { Count: 0 })
        {
            return [];
        }

        var old = SiteSimulation.Compile(comparison.Before, only);
        var @new = SiteSimulation.Compile(comparison.After, only);
        var anchor = watched[0].Location;
        if ((old.Problem ?? @new.Problem) is { } problem)
        {
            var which = old.Problem is not null ? "old" : "new";
            return [Escalation(anchor, $"could not simulate the {which} code: {problem}",
                $"The differential check runs the old and new code side by side in the scan-cycle simulator to find a scan in which a safety "
                + $"output is energised only by the new code. It could not compile the {which} code for the simulator ({problem}). The other "
                + "safety rules still ran, but the multi-scan behaviour of this change was not checked: a safety engineer must review it.")];
        }

        var probeOld = old.Start();
        var probeNew = @new.Start();
        var outputs = new List<WatchedOutput>();
        foreach (var w in watched)
        {
            static bool Written(SignalInfo? signal) => signal is { Direction: not SignalDirection.Input };
            if (only is not null && !Written(probeOld.FindSignal(w.Output.OldSignal)) && !Written(probeNew.FindSignal(w.Output.NewSignal)))
            {
                // Written only by programs the change does not reach: the same code on the same values.
                continue;
            }

            if (probeOld.FindSignal(w.Output.OldSignal) is null || probeNew.FindSignal(w.Output.NewSignal) is null)
            {
                return [Escalation(w.Location, $"could not simulate: safety output {w.Output.Display} is not observable in the simulator",
                    $"{w.Output.Display} is a safety output, but the simulator exposes no signal for it in the "
                    + $"{(probeOld.FindSignal(w.Output.OldSignal) is null ? "old" : "new")} code, so its behaviour over several scans was not compared.")];
            }

            outputs.Add(w.Output);
        }

        if (outputs.Count == 0)
        {
            return [];
        }

        var inputs = Inputs(comparison, probeOld, probeNew);
        string? NewInputName(string name) => probeOld.FindSignal(name) is not null ? NewName(comparison, name) : name;
        var budget = comparison.Options.Simulation;
        var steps = TimeSteps.Of(old.CycleTime, comparison.Before, comparison.After);
        var probes = ProbeLiterals.Find([comparison.Before, comparison.After], inputs);
        var traces = TraceFamilies.Build(inputs, comparison.Roles, budget, steps, probes);
        var options = new EquivalenceOptions
        {
            Seed = budget.Seed,
            RandomTraces = 0,
            Traces = traces,
            CycleTime = old.CycleTime,
            TimeBudget = budget.Time,
            MaxShrinkReplays = 1_000,
        };
        WeakeningMonitor Monitor() => new(old.Start(), @new.Start(), inputs, outputs, NewInputName, old.CycleTime);
        var result = EquivalenceChecker.Check(() => new NoWeakening(inputs, outputs), Monitor, options);
        var watchedByDisplay = watched.ToDictionary(w => w.Output.Display, StringComparer.OrdinalIgnoreCase);
        if (result.Counterexample is { } counterexample)
        {
            var divergence = counterexample.Divergence;
            if (!watchedByDisplay.TryGetValue(divergence.Signal, out var hit))
            {
                return [Escalation(anchor, $"the simulation of the change faulted ({divergence.AfterValue}); a safety engineer must review it",
                    $"Running the old and new code side by side on generated traces (seed {result.Seed}) ended in a runtime fault "
                    + $"({divergence}). A PLC that faults stops its safety functions' evaluation; the shortest input trace that shows it:{Environment.NewLine}"
                    + counterexample.Shrunk.ToText(options.CycleTime, "    "))];
            }

            var trace = DivergenceTrace.Of(counterexample.Shrunk, Monitor, hit.Output, divergence.Cycle);
            return [Violation(hit, result, counterexample, trace, steps)];
        }

        if (result.Problems.Count > 0)
        {
            return [Escalation(anchor, $"could not simulate: {result.Problems[0]}",
                "The differential check could not line up the old and new signals: " + string.Join("; ", result.Problems))];
        }

        if (result.TracesRun < budget.MinTraces)
        {
            return [Escalation(anchor,
                $"simulation budget ran out after {result.TracesRun} of {budget.MinTraces} required traces; a safety engineer must review the change",
                $"The differential check compares the safety outputs of the old and new code on generated input traces (seed {budget.Seed}). "
                + $"Its time budget ({budget.Seconds.ToString(CultureInfo.InvariantCulture)} s) ran out after {result.TracesRun} traces and "
                + $"{result.CyclesRun} scans in {clock.Elapsed.TotalSeconds:F1} s, fewer than the {budget.MinTraces} traces it needs before "
                + "\"no difference found\" means anything. Unknown is not safe: review the change by hand, or rerun with a larger budget.")];
        }

        return [];
    }

    private SafetyFinding Violation((WatchedOutput Output, SourceRef Location, string Reason) hit, EquivalenceResult result, Counterexample counterexample, IReadOnlyList<TraceStep> trace, TimeSteps steps)
    {
        var divergence = counterexample.Divergence;
        var last = trace.Count > 0 ? trace[^1] : null;
        var scans = last is null ? divergence.Cycle + 1 : last.Scan + last.Scans - 1;
        var when = last is null ? string.Empty : $" at {FormatTime(last.Time)}";
        var restart = trace.Any(t => t.WarmRestart) ? " across a warm restart (RETAIN variables kept, the rest reset)" : string.Empty;
        return new SafetyFinding(Id, FindingSeverity.Error, hit.Location,
            $"safety output {hit.Output.Display} is energised in simulation where the old code kept it off "
            + $"(scan {scans}{when}{restart}); restore the old conditions for it",
            $"{hit.Output.Display} is a safety output ({hit.Reason}). The old and new code were run side by side in the scan-cycle simulator on "
            + $"{result.TracesRun} generated input traces ({result.CyclesRun} scans, seed {result.Seed}; the same seed replays the same traces), "
            + "driving every input, HMI and communication variable with random values, the literals the code compares against and the "
            + $"type bounds, with warm restarts and a clock that steps by the PLC cycle and by each timer preset ({string.Join(", ", steps.Presets.Select(FormatTime))}) "
            + $"minus 1 ms, exactly and plus 1 ms. On {counterexample.Source} the new code switches {hit.Output.Display} on while the old code keeps it off. "
            + $"The shortest input trace that still shows it ({scans} scans, shrunk from {counterexample.Original.TotalCycles}); "
            + $"{ScanStep.Signal} is the time from one scan to the next:{Environment.NewLine}"
            + DivergenceTrace.ToText(trace, "    ")
            + "Inputs not listed keep their start values of that trace. A change may only make a safety output harder to energise; "
            + "if this output is meant to change, the migration must list it under allowed_output_changes.")
        {
            Trace = trace,
            Subject = PathOf(hit.Output.NewSignal),
        };
    }

    private SafetyFinding Escalation(SourceRef location, string message, string explanation) =>
        new(EscalationId, FindingSeverity.Error, location, message,
            explanation + " Escalated to a safety engineer: the change must not be approved until a person has checked this.", Escalate: true);

    private static string FormatTime(TimeSpan time) => PlcFleet.Simulation.Values.IecTime.FormatShort(time);

    /// <summary>The old version's BOOL safety outputs that still exist and that the migration does not declare as changed.</summary>
    private static IEnumerable<(WatchedOutput Output, SourceRef Location, string Reason)> Watched(SafetyComparison comparison)
    {
        foreach (var (path, recognised) in comparison.Before.Set.Outputs.OrderBy(o => o.Key, StringComparer.Ordinal))
        {
            var afterPath = comparison.BeforeToAfter.GetValueOrDefault(path, path);
            var oldSymbol = Declared(comparison.Before.Model, path);
            var newSymbol = Declared(comparison.After.Model, afterPath);
            if (oldSymbol is not { IsBool: true } || newSymbol is null || comparison.Roles.IsIndication(oldSymbol.Name) || comparison.Roles.IsWarning(oldSymbol.Name)
                || comparison.Options.IsAllowedToChange(oldSymbol.Name) || comparison.Options.IsAllowedToChange(recognised.Display)
                || comparison.Options.IsAllowedToChange(newSymbol.Name))
            {
                continue;
            }

            var location = comparison.After.DefUse.Writes.LastOrDefault(w => w.Target == afterPath)?.Location ?? newSymbol.Location;
            yield return (new WatchedOutput(recognised.Display, SignalName(path), SignalName(afterPath)), location, recognised.Reason);
        }
    }

    /// <summary>
    /// What the plant writes: the old code's inputs (field inputs, and globals no program writes: HMI tags, communication
    /// registers), the HMI/fieldbus variables a program also writes (an HMI button the program resets), and any input
    /// only the new code reads.
    /// </summary>
    private static List<SignalInfo> Inputs(SafetyComparison comparison, SiteScan old, SiteScan @new)
    {
        var inputs = old.Signals.Where(s => s.Direction == SignalDirection.Input
            || (s.Direction == SignalDirection.Internal && comparison.Before.Set.IsUntrusted(PathOf(s.Name))))
            .Select(s => s with { Direction = SignalDirection.Input }).ToList();
        var mapped = inputs.Select(i => NewName(comparison, i.Name)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        inputs.AddRange(@new.Signals.Where(s => s.Direction == SignalDirection.Input && !mapped.Contains(s.Name)
                                               && old.FindSignal(s.Name) is null));
        return inputs;
    }

    private static string NewName(SafetyComparison comparison, string oldSignal)
    {
        var path = PathOf(oldSignal);
        return comparison.BeforeToAfter.TryGetValue(path, out var renamed) ? SignalName(renamed) : oldSignal;
    }

    /// <summary>Analysis path (<c>global.x</c>, <c>prg.x</c>, lower case) → simulator signal name (<c>x</c>, <c>prg.x</c>).</summary>
    private static string SignalName(string path) => path.StartsWith("global.", StringComparison.Ordinal) ? path["global.".Length..] : path;

    private static string PathOf(string signal) => (signal.Contains('.', StringComparison.Ordinal) ? signal : "global." + signal).ToLowerInvariant();

    private static VariableSymbol? Declared(ProjectModel model, string path)
    {
        var dot = path.IndexOf('.', StringComparison.Ordinal);
        var owner = path[..dot];
        var name = path[(dot + 1)..];
        return owner == "global" ? model.FindGlobal(name) : model.FindPou(owner)?.Find(name);
    }

    /// <summary>Only comments or layout changed: the same tokens in the same files run the same way.</summary>
    private static bool SameCode(SiteAnalysis before, SiteAnalysis after)
    {
        static string Tokens(SiteAnalysis site) => string.Join("\n", site.Model.Project.Files.OrderBy(f => f.RelativePath, StringComparer.Ordinal)
            .Select(f => RuleKit.Norm(f.Syntax.Root)));
        return Tokens(before) == Tokens(after);
    }
}
