using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Values;
using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Simulation.Scenarios;

/// <summary>
/// Checks a parsed scenario against the program instance it will run on: every signal must exist, every value must
/// fit the signal's IEC type, only inputs and internals may be set, and invariants must compile.
/// </summary>
public static class ScenarioBinder
{
    public static BoundScenario? Bind(Scenario scenario, IProgramInstance instance, List<Diagnostic> diagnostics)
    {
        var errorsBefore = diagnostics.Count;
        if (!string.Equals(scenario.Program, instance.Name, StringComparison.OrdinalIgnoreCase))
        {
            Report(ScenarioDiagnostics.WrongProgram, scenario.ProgramSpan, $"the scenario is for '{scenario.Program}' but runs on '{instance.Name}'");
        }

        var initial = scenario.Initial.Select(a => Assign(a, TimeSpan.Zero, null)).OfType<BoundAssignment>().ToList();
        var sets = new List<BoundAssignment>();
        var expectations = new List<BoundExpectation>();
        foreach (var step in scenario.Steps)
        {
            sets.AddRange(step.Set.Select(a => Assign(a, step.At, step)).OfType<BoundAssignment>());
            foreach (var expect in step.Expect)
            {
                if (Resolve(expect) is { } signal && Value(expect, signal) is { } value)
                {
                    expectations.Add(new BoundExpectation(step, signal, value, expect));
                }
            }
        }

        var invariants = new List<BoundInvariant>();
        foreach (var invariant in scenario.Invariants)
        {
            var condition = instance.CompileCondition(invariant.Expression);
            if (!condition.IsValid)
            {
                Report(ScenarioDiagnostics.InvalidCondition, invariant.ExpressionSpan, $"invalid condition '{invariant.Expression}': {condition.Error}");
                continue;
            }

            invariants.Add(new BoundInvariant(invariant, condition));
        }

        return diagnostics.Count > errorsBefore
            ? null
            : new BoundScenario(scenario, initial, [.. sets.OrderBy(s => s.At)], expectations, invariants);

        BoundAssignment? Assign(SignalAssignment assignment, TimeSpan at, ScenarioStep? step)
        {
            if (Resolve(assignment) is not { } signal)
            {
                return null;
            }

            if (signal.Direction == SignalDirection.Output)
            {
                Report(ScenarioDiagnostics.NotSettable, assignment.SignalSpan, $"'{signal.Name}' is an output of {instance.Name}; scenarios set inputs (or force internals) and expect outputs");
                return null;
            }

            return Value(assignment, signal) is { } value ? new BoundAssignment(at, signal, value, assignment, step) : null;
        }

        SignalInfo? Resolve(SignalAssignment assignment)
        {
            var signal = instance.FindSignal(assignment.Signal);
            if (signal is null)
            {
                var hint = Suggest(assignment.Signal, instance.Signals);
                Report(ScenarioDiagnostics.UnknownSignal, assignment.SignalSpan, $"{instance.Name} has no signal '{assignment.Signal}'{hint}");
            }

            return signal;
        }

        PlcValue? Value(SignalAssignment assignment, SignalInfo signal)
        {
            if (!PlcValue.TryParse(assignment.Value, signal.Type, out var value, out var error))
            {
                Report(ScenarioDiagnostics.WrongValueType, assignment.ValueSpan, $"{signal.Name} is {signal.Type}: {error}");
                return null;
            }

            return value;
        }

        void Report(string code, TextSpan span, string message) =>
            diagnostics.Add(ScenarioDiagnostics.Error(code, scenario.Source, span, message));
    }

    /// <summary>"did you mean" for a misspelt signal: the closest name by edit distance, if close enough.</summary>
    private static string Suggest(string name, IReadOnlyList<SignalInfo> signals)
    {
        var best = signals.Select(s => (s.Name, Distance: EditDistance(name.ToUpperInvariant(), s.Name.ToUpperInvariant())))
            .OrderBy(x => x.Distance).FirstOrDefault();
        return best.Name is not null && best.Distance <= Math.Max(2, name.Length / 3) ? $" (did you mean '{best.Name}'?)" : string.Empty;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[b.Length];
    }
}
