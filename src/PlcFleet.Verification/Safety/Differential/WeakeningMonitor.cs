using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Programs.Native;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Verification.Safety.Differential;

/// <summary>
/// The old and the new site scanned side by side on the same inputs. For every watched safety output it publishes one
/// BOOL output that is TRUE in a scan where the new code energises the output and the old code does not: the only
/// difference that makes the machine less safe (de-energising more often is a stricter change and stays FALSE).
/// Compared against <see cref="NoWeakening"/>, the simulator's equivalence search then looks for exactly that.
/// </summary>
public sealed class WeakeningMonitor : IProgramInstance
{
    private readonly IReadOnlyList<WatchedOutput> _outputs;
    private readonly Dictionary<string, string?> _oldInputs;
    private readonly Dictionary<string, string?> _newInputs;
    private readonly Dictionary<string, int> _outputIndex = new(StringComparer.OrdinalIgnoreCase);
    private readonly bool[] _weakened;
    private readonly ScanStep _clock;
    private SignalConditionCompiler? _conditions;

    /// <param name="inputs">
    /// The inputs the trace drives (old names; inputs only the new code has, under their new name): field inputs, and the
    /// HMI and communication variables the plant writes between scans even when the program writes them too.
    /// </param>
    /// <param name="newInputName">Old input name → its name in the new code, or null when the new code has none.</param>
    /// <param name="cycle">The PLC cycle: the time between scans until the trace sets <see cref="ScanStep.Signal"/>.</param>
    public WeakeningMonitor(SiteScan old, SiteScan @new, IReadOnlyList<SignalInfo> inputs, IReadOnlyList<WatchedOutput> outputs, Func<string, string?> newInputName, TimeSpan cycle)
    {
        _clock = new ScanStep(cycle);
        Old = old;
        New = @new;
        _outputs = outputs;
        _weakened = new bool[outputs.Count];
        _oldInputs = inputs.ToDictionary(i => i.Name, i => old.FindSignal(i.Name) is not null ? i.Name : null, StringComparer.OrdinalIgnoreCase);
        _newInputs = inputs.ToDictionary(i => i.Name, i => newInputName(i.Name) is { } n && @new.FindSignal(n) is not null ? n : null, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < outputs.Count; i++)
        {
            _outputIndex[outputs[i].Display] = i;
        }

        Signals = [.. inputs, ScanStep.Input, .. outputs.Select(o => new SignalInfo(o.Display, PlcType.Bool, SignalDirection.Output))];
    }

    /// <summary>The time of the scan that ran last.</summary>
    public TimeSpan Now => _clock.Now;

    public SiteScan Old { get; }

    public SiteScan New { get; }

    public string Name => "weakening monitor";

    public IReadOnlyList<SignalInfo> Signals { get; }

    public void Set(string signal, PlcValue value)
    {
        if (signal == ScanStep.Signal)
        {
            _clock.Set(value);
            return;
        }

        if (_oldInputs.GetValueOrDefault(signal) is { } oldName)
        {
            Old.Set(oldName, value);
        }

        if (_newInputs.GetValueOrDefault(signal) is { } newName)
        {
            New.Set(newName, value);
        }
    }

    public PlcValue Get(string signal)
    {
        if (_outputIndex.TryGetValue(signal, out var index))
        {
            return PlcValue.FromBool(_weakened[index]);
        }

        if (signal == ScanStep.Signal)
        {
            return _clock.Value;
        }

        return _oldInputs.GetValueOrDefault(signal) is { } oldName ? Old.Get(oldName)
            : _newInputs.GetValueOrDefault(signal) is { } newName ? New.Get(newName)
            : throw new KeyNotFoundException($"no signal '{signal}' in the {Name}");
    }

    public void RunScanCycle(TimeSpan now)
    {
        // The trace's own clock, not the equivalence search's fixed cycle: each stretch of a trace may step differently.
        var time = _clock.Advance();
        Old.RunScanCycle(time);
        New.RunScanCycle(time);
        for (var i = 0; i < _outputs.Count; i++)
        {
            _weakened[i] = New.Get(_outputs[i].NewSignal).AsBool && !Old.Get(_outputs[i].OldSignal).AsBool;
        }
    }

    public void WarmRestart()
    {
        Old.WarmRestart();
        New.WarmRestart();
        Array.Clear(_weakened);
    }

    public CompiledCondition CompileCondition(string stExpression) =>
        (_conditions ??= new SignalConditionCompiler(this)).Compile(stExpression);
}
