using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.Simulation.Compilation;

/// <summary>
/// Where each variable of a POU, struct or function lives in a <see cref="Frame"/>, and how a fresh frame gets its
/// initial values. Names are case-insensitive, as in ST; inherited block variables come first.
/// </summary>
public sealed class FrameLayout(string name)
{
    private readonly Dictionary<string, Slot> _slots = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Slot> _ordered = [];

    public string Name { get; } = name;

    public int LongCount { get; private set; }

    public int RealCount { get; private set; }

    public int ObjectCount { get; private set; }

    public IReadOnlyList<Slot> Slots => _ordered;

    /// <summary>Filled by the compiler once nested types are known: writes initial values into a new frame.</summary>
    internal List<Action<Frame>> Initializers { get; } = [];

    /// <summary>VAR_TEMP initializers, run at the start of every call.</summary>
    internal List<Action<Frame>> TempInitializers { get; } = [];

    public Slot? Find(string variable) => _slots.GetValueOrDefault(variable);

    public Slot Add(string variable, StType type, bool isTemp = false, bool isRetain = false)
    {
        var storage = TypeStorage.Of(type);
        var index = storage switch
        {
            StorageClass.Long => LongCount++,
            StorageClass.Real => RealCount++,
            _ => ObjectCount++,
        };
        var slot = new Slot(variable, type, storage, index, isTemp, isRetain);
        _slots[variable] = slot;
        _ordered.Add(slot);
        return slot;
    }

    public Frame Create(ScanRuntime runtime)
    {
        var frame = new Frame(this, runtime);
        foreach (var initialize in Initializers)
        {
            initialize(frame);
        }

        return frame;
    }

    public void ResetTemps(Frame frame)
    {
        foreach (var initialize in TempInitializers)
        {
            initialize(frame);
        }
    }

    /// <summary>One variable's place: which typed array and which index.</summary>
    public sealed record Slot(string Name, StType Type, StorageClass Storage, int Index, bool IsTemp, bool IsRetain);
}
