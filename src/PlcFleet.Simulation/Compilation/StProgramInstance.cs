using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Programs.Native;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Compilation;

/// <summary>
/// A running instance of a compiled ST PROGRAM with IEC scan semantics: inputs set between scans are latched at
/// the start of the next scan, outputs are published at its end, RETAIN variables survive a warm restart.
/// </summary>
public sealed class StProgramInstance : IProgramInstance
{
    private readonly CompiledStProgram _program;
    private readonly Dictionary<string, int> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly PlcValue[] _published;

    /// <summary>The outputs published at the end of every scan, with their readers (the scan's only per-signal work).</summary>
    private readonly (int Index, Func<Frame, PlcValue> Read)[] _outputs;
    private readonly List<(int Signal, PlcValue Value)> _latch = [];
    private ScanRuntime _runtime;
    private Frame _frame;
    private SignalConditionCompiler? _conditions;

    internal StProgramInstance(CompiledStProgram program)
    {
        _program = program;
        Signals = [.. program.Signals.Select(s => s.Info)];
        for (var i = 0; i < Signals.Count; i++)
        {
            _byName.TryAdd(Signals[i].Name, i);
        }

        _published = new PlcValue[Signals.Count];
        _outputs = [.. program.Signals.Select((s, i) => (Index: i, s.Read)).Where(o => Signals[o.Index].Direction == SignalDirection.Output)];
        (_runtime, _frame) = Start();
        Publish();
    }

    public string Name => _program.Name;

    public IReadOnlyList<SignalInfo> Signals { get; }

    public TimeSpan CycleTime => _program.CycleTime;

    public void Set(string signal, PlcValue value)
    {
        var index = Resolve(signal);
        var accessor = _program.Signals[index];
        if (accessor.Write is null)
        {
            throw new InvalidOperationException($"{signal} is an output of a function block instance and cannot be written");
        }

        var converted = value.ConvertTo(accessor.Info.Type);
        if (accessor.Info.Direction == SignalDirection.Input)
        {
            _latch.Add((index, converted));
            return;
        }

        accessor.Write(_frame, converted);
        if (accessor.Info.Direction == SignalDirection.Output)
        {
            _published[index] = converted;
        }
    }

    public PlcValue Get(string signal)
    {
        var index = Resolve(signal);
        var accessor = _program.Signals[index];
        return accessor.Info.Direction == SignalDirection.Output ? _published[index] : accessor.Read(_frame);
    }

    public void RunScanCycle(TimeSpan now)
    {
        _runtime.Clock.AdvanceTo(now);
        _runtime.LoopBudget = _runtime.LoopBudgetPerScan;
        if (_latch.Count > 0)
        {
            foreach (var (signal, value) in _latch)
            {
                _program.Signals[signal].Write!(_frame, value);
            }

            _latch.Clear();
        }
        _program.Body.Run(_frame, _frame);

        Publish();
    }

    public void WarmRestart()
    {
        var (oldFrame, oldGlobals) = (_frame, _runtime.Globals);
        (_runtime, _frame) = Start();
        CopyRetained(oldFrame, _frame);
        CopyRetained(oldGlobals, _runtime.Globals);
        foreach (var (index, _) in _program.ProgramFrames.Where(p => p.Layout is not null))
        {
            CopyRetained((Frame)oldGlobals.O[index]!, (Frame)_runtime.Globals.O[index]!);
        }
        _latch.Clear();
        Publish();
    }

    public CompiledCondition CompileCondition(string stExpression) =>
        (_conditions ??= new SignalConditionCompiler(this)).Compile(stExpression);

    private static void CopyRetained(Frame from, Frame to)
    {
        foreach (var slot in from.Layout.Slots.Where(s => s.IsRetain))
        {
            switch (slot.Storage)
            {
                case StorageClass.Long:
                    to.L[slot.Index] = from.L[slot.Index];
                    break;
                case StorageClass.Real:
                    to.D[slot.Index] = from.D[slot.Index];
                    break;
                default:
                    to.O[slot.Index] = ValueCopy.Clone(from.O[slot.Index]);
                    break;
            }
        }
    }

    private (ScanRuntime Runtime, Frame Frame) Start()
    {
        var runtime = new ScanRuntime(_program.Options.LoopWatchdog, _program.CallFrameCount);
        runtime.Globals = _program.GlobalLayout.Create(runtime);
        var frame = _program.Layout.Create(runtime);
        foreach (var (index, layout) in _program.ProgramFrames)
        {
            runtime.Globals.O[index] = layout is null ? frame : layout.Create(runtime);
        }

        return (runtime, frame);
    }

    private void Publish()
    {
        foreach (var (index, read) in _outputs)
        {
            _published[index] = read(_frame);
        }
    }

    private int Resolve(string signal) =>
        _byName.TryGetValue(signal, out var index) ? index : throw new KeyNotFoundException($"{Name} has no signal '{signal}'");
}
