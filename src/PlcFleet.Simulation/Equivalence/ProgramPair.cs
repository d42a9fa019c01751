using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Runtime;
using PlcFleet.Simulation.Values;
using PlcFleet.StructuredText.Semantics;

namespace PlcFleet.Simulation.Equivalence;

/// <summary>
/// Before and after, matched up signal by signal (through the rename map), replayed side by side on one input trace
/// from a fresh instance each, comparing the chosen signals after every scan.
/// </summary>
internal sealed class ProgramPair
{
    public const string FaultSignal = "(runtime fault)";

    private readonly Func<IProgramInstance> _createBefore;
    private readonly Func<IProgramInstance> _createAfter;
    private readonly TimeSpan _cycleTime;
    private readonly List<(string Before, string After)> _compared = [];
    private readonly Dictionary<string, (string After, PlcType Type)> _inputs = new(StringComparer.OrdinalIgnoreCase);

    public ProgramPair(Func<IProgramInstance> createBefore, Func<IProgramInstance> createAfter, EquivalenceOptions options, List<string> problems)
    {
        _createBefore = createBefore;
        _createAfter = createAfter;
        _cycleTime = options.CycleTime;
        var before = createBefore();
        var after = createAfter();
        Inputs = before.Signals.Where(s => s.Direction == SignalDirection.Input).ToList();
        // Names or wildcard patterns (a migration's allowed_output_changes: "*SpeedRef*").
        var allowed = options.AllowedToChange.Select(a => new NamePattern(a.Trim())).ToList();
        string AfterName(string name) => options.SignalMap.TryGetValue(name, out var mapped) ? mapped : name;

        foreach (var input in Inputs)
        {
            var counterpart = after.FindSignal(AfterName(input.Name));
            if (counterpart is null || counterpart.Direction != SignalDirection.Input)
            {
                problems.Add($"input {input.Name} has no input counterpart '{AfterName(input.Name)}' in the after program");
                continue;
            }

            _inputs[input.Name] = (counterpart.Name, counterpart.Type);
        }

        foreach (var missing in options.CompareInternals.Where(n => before.FindSignal(n) is null))
        {
            problems.Add($"signal {missing} (asked to be compared) does not exist in the before program");
        }

        var compared = before.Signals.Where(IsObservable)
            .Concat(options.CompareInternals.Select(before.FindSignal).OfType<SignalInfo>())
            .Where(s => !allowed.Any(a => a.Matches(s.Name) || a.Matches(AfterName(s.Name))));
        foreach (var signal in compared)
        {
            var counterpart = after.FindSignal(AfterName(signal.Name));
            if (counterpart is null)
            {
                problems.Add($"{signal.Direction.ToString().ToLowerInvariant()} {signal.Name} has no counterpart '{AfterName(signal.Name)}' in the after program");
                continue;
            }

            if (counterpart.Type.Kind != signal.Type.Kind && !(IsNumeric(counterpart.Type) && IsNumeric(signal.Type)))
            {
                problems.Add($"{signal.Name} is {signal.Type} before but {counterpart.Type} after");
                continue;
            }

            _compared.Add((signal.Name, counterpart.Name));
        }

        var mappedOutputs = new HashSet<string>(_compared.Select(c => c.After), StringComparer.OrdinalIgnoreCase);
        var beforeOutputs = before.Signals.Where(s => s.Direction == SignalDirection.Output).Select(s => AfterName(s.Name)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var added in after.Signals.Where(s => s.Direction == SignalDirection.Output && !mappedOutputs.Contains(s.Name) && !beforeOutputs.Contains(s.Name) && !allowed.Any(a => a.Matches(s.Name))))
        {
            problems.Add($"output {added.Name} is new in the after program and not in the allowed-to-change list");
        }
    }

    public IReadOnlyList<SignalInfo> Inputs { get; }

    /// <summary>
    /// What the plant and the people see of a program: its outputs (%Q, VAR_OUTPUT) and every global it writes, which
    /// an HMI, a communication block or OPC UA can read even without an I/O address.
    /// </summary>
    public static bool IsObservable(SignalInfo signal) =>
        signal.Direction == SignalDirection.Output || (signal.Direction == SignalDirection.Internal && signal.IsShared);

    public IReadOnlyList<string> ComparedSignals => _compared.Select(c => c.Before).ToList();

    /// <summary>Replays the trace; returns the first divergence (or null) and the scans run.</summary>
    public (Divergence? Divergence, long Cycles) Replay(InputTrace trace, Action<long, TimeSpan, IProgramInstance, IProgramInstance>? observe = null)
    {
        var before = _createBefore();
        var after = _createAfter();
        long cycle = 0;
        var held = new Dictionary<string, PlcValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var segment in trace.Segments)
        {
            if (segment.WarmRestart)
            {
                before.WarmRestart();
                after.WarmRestart();

                // A restart resets the program's variables, not the plant: the inputs keep what the field holds.
                foreach (var (name, value) in held)
                {
                    Apply(before, after, name, value);
                }
            }

            foreach (var (name, value) in segment.Changes)
            {
                held[name] = value;
                Apply(before, after, name, value);
            }

            for (var i = 0; i < segment.HoldCycles; i++, cycle++)
            {
                var time = TimeSpan.FromTicks(_cycleTime.Ticks * cycle);
                var beforeFault = Scan(before, time);
                var afterFault = Scan(after, time);
                if (beforeFault is not null || afterFault is not null)
                {
                    return beforeFault?.Kind == afterFault?.Kind
                        ? (null, cycle + 1)
                        : (new Divergence(cycle, time, FaultSignal, FaultSignal, Describe(beforeFault), Describe(afterFault)), cycle + 1);
                }

                observe?.Invoke(cycle, time, before, after);
                foreach (var (beforeName, afterName) in _compared)
                {
                    var b = before.Get(beforeName);
                    var a = after.Get(afterName);
                    if (!b.SameValueAs(a))
                    {
                        return (new Divergence(cycle, time, beforeName, afterName, b.ToString(), a.ToString()), cycle + 1);
                    }
                }
            }
        }

        return (null, cycle);
    }

    /// <summary>
    /// The replay of a (shrunk) trace as a table a reviewer can read: the inputs it changes, then the diverging
    /// signal before and after, one row per scan.
    /// </summary>
    public SignalTable Explain(InputTrace trace, Divergence divergence)
    {
        var inputs = trace.Segments.SelectMany(s => s.Changes.Keys).Distinct(StringComparer.OrdinalIgnoreCase)
            .Where(_inputs.ContainsKey).Order(StringComparer.OrdinalIgnoreCase).ToList();
        var compare = divergence.Signal != FaultSignal;
        var columns = inputs.ToList();
        if (compare)
        {
            columns.Add($"{divergence.Signal} (before)");
            columns.Add($"{divergence.AfterSignal} (after)");
        }

        var rows = new List<CycleSnapshot>();
        Replay(trace, (cycle, time, before, after) =>
        {
            var values = inputs.Select(before.Get).ToList();
            if (compare)
            {
                values.Add(before.Get(divergence.Signal));
                values.Add(after.Get(divergence.AfterSignal));
            }

            rows.Add(new CycleSnapshot(cycle, time, values));
        });
        return new SignalTable(columns, rows);
    }

    private void Apply(IProgramInstance before, IProgramInstance after, string name, PlcValue value)
    {
        if (_inputs.TryGetValue(name, out var target))
        {
            before.Set(name, value);
            after.Set(target.After, value.ConvertTo(target.Type));
        }
    }

    private static PlcRuntimeFault? Scan(IProgramInstance instance, TimeSpan time)
    {
        try
        {
            instance.RunScanCycle(time);
            return null;
        }
        catch (PlcRuntimeFault fault)
        {
            return fault;
        }
    }

    private static string Describe(PlcRuntimeFault? fault) =>
        fault is null ? "running" : fault.Location is null ? fault.Kind.ToString() : $"{fault.Kind} at {fault.Location}";

    private static bool IsNumeric(PlcType type) => type.Kind is PlcValueKind.Integer or PlcValueKind.Real;
}
