using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.Simulation.Compilation;

/// <summary>
/// Where each variable of a POU, struct or call lives in a <see cref="Frame"/>, and how a fresh frame gets its
/// initial values. Names are case-insensitive, as in ST. A derived block's layout starts with its base block's
/// slots at the same indices, so code compiled for the base runs unchanged on a derived instance.
/// </summary>
internal sealed class FrameLayout(string name)
{
    private readonly Dictionary<string, Slot> _slots = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<Slot> _ordered = [];

    public string Name { get; } = name;

    public int LongCount { get; private set; }

    public int RealCount { get; private set; }

    public int ObjectCount { get; private set; }

    public IReadOnlyList<Slot> Slots => _ordered;

    /// <summary>Filled by the compiler once nested types are known: writes initial values into a new frame.</summary>
    public List<Action<Frame>> Initializers { get; } = [];

    /// <summary>VAR_TEMP initializers, run at the start of every call of a program or block.</summary>
    public List<Action<Frame>> TempInitializers { get; } = [];

    /// <summary>What a function or method call resets (all but VAR_STAT).</summary>
    public List<Action<Frame>> CallInitializers { get; } = [];

    /// <summary>For a function block: its body and its methods and property accessors by virtual slot (late binding).</summary>
    public PouCode? Body { get; set; }

    public PouCode?[] Methods { get; set; } = [];

    public Slot? Find(string variable) => _slots.GetValueOrDefault(variable);

    /// <param name="isReference">A VAR_IN_OUT of a block, function or method: the slot holds a <see cref="PlcPointer"/>
    /// to the caller's variable, so writes inside are the caller's at once, as on the PLC.</param>
    public Slot Add(string variable, StType type, bool isTemp = false, bool isRetain = false, bool isReference = false)
    {
        var storage = isReference ? StorageClass.Object : TypeStorage.Of(type);
        var index = storage switch
        {
            StorageClass.Long => LongCount++,
            StorageClass.Real => RealCount++,
            _ => ObjectCount++,
        };
        var slot = new Slot(variable, type, storage, index, isTemp, isRetain, isReference);
        _slots[variable] = slot;
        _ordered.Add(slot);
        return slot;
    }

    public Frame Create(ScanRuntime runtime)
    {
        var frame = new Frame(this, runtime);
        Initialize(frame);
        return frame;
    }

    public void Initialize(Frame frame) => Run(Initializers, frame);

    public void ResetTemps(Frame frame) => Run(TempInitializers, frame);

    public void ResetForCall(Frame frame) => Run(CallInitializers, frame);

    private static void Run(List<Action<Frame>> initializers, Frame frame)
    {
        foreach (var initialize in initializers)
        {
            initialize(frame);
        }
    }

    /// <summary>One variable's place: which typed array and which index (for a reference, the pointer's slot in O).</summary>
    public sealed record Slot(string Name, StType Type, StorageClass Storage, int Index, bool IsTemp, bool IsRetain, bool IsReference = false);
}
