using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Tests.TestPrograms;

/// <summary>
/// Wraps a program and shows some of its signals under new names and types, as a migration that renames
/// Motor_Run to Motor_On or widens Speed_SP from INT to DINT would.
/// </summary>
public sealed class RenamedProgram : IProgramInstance
{
    private readonly IProgramInstance _inner;
    private readonly Dictionary<string, (string Inner, SignalInfo Outer)> _outer = new(StringComparer.OrdinalIgnoreCase);

    public RenamedProgram(IProgramInstance inner, IReadOnlyDictionary<string, (string NewName, PlcType? NewType)> renames)
    {
        _inner = inner;
        foreach (var signal in inner.Signals)
        {
            var outer = renames.TryGetValue(signal.Name, out var rename)
                ? signal with { Name = rename.NewName, Type = rename.NewType ?? signal.Type }
                : signal;
            _outer[outer.Name] = (signal.Name, outer);
        }
    }

    public string Name => _inner.Name;

    public IReadOnlyList<SignalInfo> Signals => _outer.Values.Select(v => v.Outer).ToList();

    public void Set(string signal, PlcValue value)
    {
        var (inner, _) = _outer[signal];
        _inner.Set(inner, value.ConvertTo(_inner.FindSignal(inner)!.Type));
    }

    public PlcValue Get(string signal)
    {
        var (inner, outer) = _outer[signal];
        return _inner.Get(inner).ConvertTo(outer.Type);
    }

    public void RunScanCycle(TimeSpan now) => _inner.RunScanCycle(now);

    public void WarmRestart() => _inner.WarmRestart();

    public CompiledCondition CompileCondition(string stExpression) => _inner.CompileCondition(stExpression);
}
