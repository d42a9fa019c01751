using PlcFleet.Simulation.Runtime;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Programs.Native;

/// <summary>
/// Base for PROGRAMs written in C# (reference models of plant logic, test programs): keeps the process image with
/// IEC scan semantics (inputs latched at scan start, outputs published at scan end) so the body only declares
/// signals and implements <see cref="Execute"/>.
/// </summary>
public abstract class NativeProgram : IProgramInstance
{
    private readonly List<SignalInfo> _signals = [];
    private readonly Dictionary<string, SignalInfo> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, PlcValue> _initial = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, PlcValue> _image = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, PlcValue> _inputLatch = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, PlcValue> _published = new(StringComparer.OrdinalIgnoreCase);
    private readonly VirtualClock _clock = new();
    private SignalConditionCompiler? _conditions;

    protected NativeProgram(string name) => Name = name;

    public string Name { get; }

    public IReadOnlyList<SignalInfo> Signals => _signals;

    /// <summary>The time of the scan being executed; hand it to timer blocks.</summary>
    protected IScanClock Clock => _clock;

    public void Set(string signal, PlcValue value)
    {
        var info = Resolve(signal);
        var converted = value.ConvertTo(info.Type);
        if (info.Direction == SignalDirection.Input)
        {
            _inputLatch[info.Name] = converted;
            return;
        }

        _image[info.Name] = converted;
        if (info.Direction == SignalDirection.Output)
        {
            _published[info.Name] = converted;
        }
    }

    public PlcValue Get(string signal)
    {
        var info = Resolve(signal);
        return info.Direction == SignalDirection.Output ? _published[info.Name] : _image[info.Name];
    }

    public void RunScanCycle(TimeSpan now)
    {
        _clock.AdvanceTo(now);
        foreach (var (name, value) in _inputLatch)
        {
            _image[name] = value;
        }

        _inputLatch.Clear();
        Execute();
        foreach (var signal in _signals)
        {
            if (signal.Direction == SignalDirection.Output)
            {
                _published[signal.Name] = _image[signal.Name];
            }
        }
    }

    public void WarmRestart()
    {
        _inputLatch.Clear();
        _clock.Reset();
        foreach (var signal in _signals.Where(s => !s.IsRetain))
        {
            _image[signal.Name] = _initial[signal.Name];
            _published[signal.Name] = _initial[signal.Name];
        }

        ResetBlocks();
    }

    public CompiledCondition CompileCondition(string stExpression) =>
        (_conditions ??= new SignalConditionCompiler(this)).Compile(stExpression);

    /// <summary>The scan body: read inputs and write outputs through the helpers below.</summary>
    protected abstract void Execute();

    /// <summary>Re-creates non-retained function block instances on a warm restart.</summary>
    protected abstract void ResetBlocks();

    protected void Declare(string name, PlcType type, SignalDirection direction, PlcValue? initial = null, SignalRange? range = null, bool retain = false)
    {
        var info = new SignalInfo(name, type, direction, range, retain);
        _signals.Add(info);
        _byName.Add(name, info);
        var value = (initial ?? PlcValue.DefaultOf(type)).ConvertTo(type);
        _initial[name] = value;
        _image[name] = value;
        _published[name] = value;
    }

    protected bool Bool(string name) => _image[name].AsBool;

    protected long Integer(string name) => _image[name].AsInteger;

    protected double Real(string name) => _image[name].AsReal;

    protected TimeSpan Time(string name) => _image[name].AsTimeSpan;

    protected void Write(string name, bool value) => _image[name] = PlcValue.FromBool(value);

    protected void Write(string name, long value) => _image[name] = PlcValue.FromInteger(value, _byName[name].Type);

    protected void Write(string name, double value) => _image[name] = PlcValue.FromReal(value, _byName[name].Type);

    protected void Write(string name, TimeSpan value) => _image[name] = PlcValue.FromTime(value);

    private SignalInfo Resolve(string signal) =>
        _byName.TryGetValue(signal, out var info) ? info : throw new KeyNotFoundException($"{Name} has no signal '{signal}'");
}
