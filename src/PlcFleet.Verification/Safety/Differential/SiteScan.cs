using PlcFleet.Simulation.Compilation;
using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Programs.Native;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Verification.Safety.Differential;

/// <summary>
/// One PLC scan of a whole site as the simulator's program interface: every PROGRAM in scan order, each compiled on
/// its own, with the global variables carried from one program to the next as the PLC's shared memory does. Globals
/// that no program writes are the plant's inputs (field, HMI, fieldbus); globals on %Q and program outputs are outputs.
/// Locals are named <c>Program.Variable</c>.
/// </summary>
public sealed class SiteScan : IProgramInstance
{
    private readonly List<ProgramSlot> _programs = [];
    private readonly Dictionary<string, int> _globalIndex = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<PlcValue> _values = [];
    private readonly List<long> _versions = [];
    private readonly Dictionary<string, (StProgramInstance Instance, string Name)> _locals = new(StringComparer.OrdinalIgnoreCase);
    private SignalConditionCompiler? _conditions;

    /// <param name="unnamed">Globals none of the running code names: left out of the shared memory.</param>
    internal SiteScan(IReadOnlyList<CompiledStProgram> programs, IReadOnlySet<string> globalNames, IReadOnlySet<string> unnamed)
    {
        var instances = programs.Select(p => p.CreateInstance()).ToList();

        // MAIN_Safety.bPermit read inside MAIN_Cell is MAIN_Safety's own variable: shared memory like a global, not a free input.
        // (Plain variables only: a member of another program's FB instance or struct stays an input of the reader.)
        var programNames = instances.Select(i => i.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        string? Foreign(StProgramInstance instance, string name) =>
            name.IndexOf('.', StringComparison.Ordinal) is > 0 and var dot && programNames.Contains(name[..dot]) && !name[..dot].Equals(instance.Name, StringComparison.OrdinalIgnoreCase)
            && name.IndexOfAny(['.', '['], dot + 1) < 0
                ? name : null;
        var crossProgram = instances.SelectMany(i => i.Signals.Select(s => Foreign(i, s.Name))).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        string? SharedKey(StProgramInstance instance, string name) =>
            IsGlobal(name, globalNames) ? name : Foreign(instance, name) ?? (crossProgram.Contains(instance.Name + "." + name) ? instance.Name + "." + name : null);
        var keyed = instances.SelectMany(i => i.Signals.Select(s => (Key: SharedKey(i, s.Name), Signal: s))).Where(k => k.Key is not null).ToList();
        var written = keyed.Where(k => k.Signal.Direction != SignalDirection.Input).Select(k => k.Key!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var outputs = keyed.Where(k => k.Signal.Direction == SignalDirection.Output).Select(k => k.Key!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var signals = new List<SignalInfo>();
        foreach (var instance in instances)
        {
            var slot = new ProgramSlot(instance);
            foreach (var signal in instance.Signals)
            {
                if (unnamed.Contains(signal.Name))
                {
                    continue;
                }

                if (SharedKey(instance, signal.Name) is { } key)
                {
                    var writes = signal.Direction != SignalDirection.Input;
                    if (!_globalIndex.TryGetValue(key, out var index))
                    {
                        index = _values.Count;
                        _globalIndex[key] = index;
                        _values.Add(instance.Get(signal.Name));
                        _versions.Add(0);
                        var direction = !written.Contains(key) ? SignalDirection.Input
                            : outputs.Contains(key) ? SignalDirection.Output
                            : SignalDirection.Internal;
                        signals.Add(signal with { Name = key, Direction = direction });
                    }
                    else if (writes)
                    {
                        // The program that writes a global defines its start value (its own initialiser).
                        _values[index] = instance.Get(signal.Name);
                    }

                    slot.Shared.Add(new SharedGlobal(index, signal.Name, writes));
                    continue;
                }

                var name = instance.Name + "." + signal.Name;
                _locals[name] = (instance, signal.Name);
                signals.Add(signal with { Name = name });
            }

            _programs.Add(slot);
        }

        Signals = signals;
        Name = string.Join("+", instances.Select(i => i.Name));
    }

    public string Name { get; }

    public IReadOnlyList<SignalInfo> Signals { get; }

    public void Set(string signal, PlcValue value)
    {
        if (_globalIndex.TryGetValue(signal, out var index))
        {
            _values[index] = value;
            _versions[index]++;
            return;
        }

        var (instance, name) = Local(signal);
        instance.Set(name, value);
    }

    public PlcValue Get(string signal)
    {
        if (_globalIndex.TryGetValue(signal, out var index))
        {
            return _values[index];
        }

        var (instance, name) = Local(signal);
        return instance.Get(name);
    }

    public void RunScanCycle(TimeSpan now)
    {
        foreach (var program in _programs)
        {
            // Each compiled program keeps its own copy of the globals: bring what changed up to date before it runs...
            foreach (var global in program.Shared)
            {
                if (global.Seen != _versions[global.Index])
                {
                    program.Instance.Set(global.Name, _values[global.Index]);
                    global.Seen = _versions[global.Index];
                }
            }

            program.Instance.RunScanCycle(now);

            // ...and publish what it wrote for the programs after it.
            foreach (var global in program.Shared)
            {
                if (global.Writes && program.Instance.Get(global.Name) is var value && !value.SameValueAs(_values[global.Index]))
                {
                    _values[global.Index] = value;
                    global.Seen = ++_versions[global.Index];
                }
            }
        }
    }

    public void WarmRestart()
    {
        foreach (var program in _programs)
        {
            program.Instance.WarmRestart();
            foreach (var global in program.Shared.Where(g => g.Writes))
            {
                _values[global.Index] = program.Instance.Get(global.Name);
                global.Seen = ++_versions[global.Index];
            }
        }
    }

    public CompiledCondition CompileCondition(string stExpression) =>
        (_conditions ??= new SignalConditionCompiler(this)).Compile(stExpression);

    private (StProgramInstance Instance, string Name) Local(string signal) =>
        _locals.TryGetValue(signal, out var local) ? local : throw new KeyNotFoundException($"no signal '{signal}' in {Name}");

    private static bool IsGlobal(string name, IReadOnlySet<string> globalNames) =>
        globalNames.Contains(name) || name.StartsWith('%');

    private sealed class ProgramSlot(StProgramInstance instance)
    {
        public StProgramInstance Instance { get; } = instance;

        public List<SharedGlobal> Shared { get; } = [];
    }

    /// <summary>A global as one program sees it, with the version of the shared value its copy holds.</summary>
    private sealed class SharedGlobal(int index, string name, bool writes)
    {
        public int Index { get; } = index;

        public string Name { get; } = name;

        public bool Writes { get; } = writes;

        public long Seen { get; set; }
    }
}
