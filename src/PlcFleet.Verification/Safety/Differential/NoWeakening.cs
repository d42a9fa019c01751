using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Programs.Native;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Verification.Safety.Differential;

/// <summary>
/// What a safe change looks like to the <see cref="WeakeningMonitor"/>: the same inputs, and every "energised only by
/// the new code" output FALSE in every scan. The equivalence search runs the monitor against this reference.
/// </summary>
public sealed class NoWeakening : IProgramInstance
{
    private readonly Dictionary<string, PlcValue> _inputs = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _outputs = new(StringComparer.OrdinalIgnoreCase);
    private SignalConditionCompiler? _conditions;

    public NoWeakening(IReadOnlyList<SignalInfo> inputs, IReadOnlyList<WatchedOutput> outputs)
    {
        foreach (var input in inputs)
        {
            _inputs[input.Name] = PlcValue.DefaultOf(input.Type);
        }

        _inputs[ScanStep.Signal] = PlcValue.DefaultOf(ScanStep.Input.Type);
        _outputs.UnionWith(outputs.Select(o => o.Display));
        Signals = [.. inputs, ScanStep.Input, .. outputs.Select(o => new SignalInfo(o.Display, PlcType.Bool, SignalDirection.Output))];
    }

    public string Name => "no weakening";

    public IReadOnlyList<SignalInfo> Signals { get; }

    public void Set(string signal, PlcValue value)
    {
        if (!_inputs.ContainsKey(signal))
        {
            throw new KeyNotFoundException($"no input '{signal}' in the {Name} reference");
        }

        _inputs[signal] = value;
    }

    public PlcValue Get(string signal) =>
        _outputs.Contains(signal) ? PlcValue.False
        : _inputs.TryGetValue(signal, out var value) ? value
        : throw new KeyNotFoundException($"no signal '{signal}' in the {Name} reference");

    public void RunScanCycle(TimeSpan now)
    {
        // Nothing runs: the reference only states that no scan may energise a safety output the old code kept off.
    }

    public void WarmRestart()
    {
    }

    public CompiledCondition CompileCondition(string stExpression) =>
        (_conditions ??= new SignalConditionCompiler(this)).Compile(stExpression);
}
