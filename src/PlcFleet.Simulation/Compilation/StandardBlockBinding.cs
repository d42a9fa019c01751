using PlcFleet.Simulation.Runtime;
using PlcFleet.Simulation.StandardBlocks;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Compilation;

/// <summary>
/// Maps the IEC standard function blocks (TON, CTU, R_TRIG...) onto the simulator's StandardBlocks classes. Members
/// cross as longs: BOOL 0/1, INT as is, TIME in nanoseconds (the same encoding compiled code uses).
/// </summary>
public sealed class StandardBlockBinding
{
    private static readonly Dictionary<string, StandardBlockBinding> Blocks = Build();

    private readonly Dictionary<string, Func<object, long>> _getters = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Action<object, long>> _setters = new(StringComparer.OrdinalIgnoreCase);

    private StandardBlockBinding(string name, Func<IScanClock, object> create, Action<object> execute)
    {
        Name = name;
        Create = create;
        Execute = execute;
    }

    public string Name { get; }

    public Func<IScanClock, object> Create { get; }

    public Action<object> Execute { get; }

    public IEnumerable<string> Members => _getters.Keys;

    public static StandardBlockBinding? Find(string blockName) => Blocks.GetValueOrDefault(blockName);

    public Func<object, long>? Getter(string member) => _getters.GetValueOrDefault(member);

    public Action<object, long>? Setter(string member) => _setters.GetValueOrDefault(member);

    private static long B(bool value) => value ? 1 : 0;

    private static long Ns(TimeSpan value) => IecTime.ToNanoseconds(value);

    private static TimeSpan Span(long ns) => IecTime.FromNanoseconds(ns);

    private static Dictionary<string, StandardBlockBinding> Build()
    {
        var blocks = new Dictionary<string, StandardBlockBinding>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, create) in new (string, Func<IScanClock, IecTimer>)[] { ("TON", c => new TON(c)), ("TOF", c => new TOF(c)), ("TP", c => new TP(c)) })
        {
            var timer = new StandardBlockBinding(name, create, o => ((IecTimer)o).Execute());
            timer.In("IN", (o, v) => ((IecTimer)o).IN = v != 0, o => B(((IecTimer)o).IN));
            timer.In("PT", (o, v) => ((IecTimer)o).PT = Span(v), o => Ns(((IecTimer)o).PT));
            timer.Out("Q", o => B(((IecTimer)o).Q));
            timer.Out("ET", o => Ns(((IecTimer)o).ET));
            blocks.Add(name, timer);
        }

        var rising = new StandardBlockBinding("R_TRIG", _ => new R_TRIG(), o => ((R_TRIG)o).Execute());
        rising.In("CLK", (o, v) => ((R_TRIG)o).CLK = v != 0, o => B(((R_TRIG)o).CLK));
        rising.Out("Q", o => B(((R_TRIG)o).Q));
        blocks.Add(rising.Name, rising);

        var falling = new StandardBlockBinding("F_TRIG", _ => new F_TRIG(), o => ((F_TRIG)o).Execute());
        falling.In("CLK", (o, v) => ((F_TRIG)o).CLK = v != 0, o => B(((F_TRIG)o).CLK));
        falling.Out("Q", o => B(((F_TRIG)o).Q));
        blocks.Add(falling.Name, falling);

        var up = new StandardBlockBinding("CTU", _ => new CTU(), o => ((CTU)o).Execute());
        up.In("CU", (o, v) => ((CTU)o).CU = v != 0, o => B(((CTU)o).CU));
        up.In("R", (o, v) => ((CTU)o).R = v != 0, o => B(((CTU)o).R));
        up.In("PV", (o, v) => ((CTU)o).PV = (short)v, o => ((CTU)o).PV);
        up.Out("Q", o => B(((CTU)o).Q));
        up.Out("CV", o => ((CTU)o).CV);
        blocks.Add(up.Name, up);

        var down = new StandardBlockBinding("CTD", _ => new CTD(), o => ((CTD)o).Execute());
        down.In("CD", (o, v) => ((CTD)o).CD = v != 0, o => B(((CTD)o).CD));
        down.In("LD", (o, v) => ((CTD)o).LD = v != 0, o => B(((CTD)o).LD));
        down.In("PV", (o, v) => ((CTD)o).PV = (short)v, o => ((CTD)o).PV);
        down.Out("Q", o => B(((CTD)o).Q));
        down.Out("CV", o => ((CTD)o).CV);
        blocks.Add(down.Name, down);

        var both = new StandardBlockBinding("CTUD", _ => new CTUD(), o => ((CTUD)o).Execute());
        both.In("CU", (o, v) => ((CTUD)o).CU = v != 0, o => B(((CTUD)o).CU));
        both.In("CD", (o, v) => ((CTUD)o).CD = v != 0, o => B(((CTUD)o).CD));
        both.In("R", (o, v) => ((CTUD)o).R = v != 0, o => B(((CTUD)o).R));
        both.In("LD", (o, v) => ((CTUD)o).LD = v != 0, o => B(((CTUD)o).LD));
        both.In("PV", (o, v) => ((CTUD)o).PV = (short)v, o => ((CTUD)o).PV);
        both.Out("QU", o => B(((CTUD)o).QU));
        both.Out("QD", o => B(((CTUD)o).QD));
        both.Out("CV", o => ((CTUD)o).CV);
        blocks.Add(both.Name, both);

        var setDominant = new StandardBlockBinding("SR", _ => new SR(), o => ((SR)o).Execute());
        setDominant.In("S1", (o, v) => ((SR)o).S1 = v != 0, o => B(((SR)o).S1));
        setDominant.In("R", (o, v) => ((SR)o).R = v != 0, o => B(((SR)o).R));
        setDominant.Out("Q1", o => B(((SR)o).Q1));
        blocks.Add(setDominant.Name, setDominant);

        var resetDominant = new StandardBlockBinding("RS", _ => new RS(), o => ((RS)o).Execute());
        resetDominant.In("S", (o, v) => ((RS)o).S = v != 0, o => B(((RS)o).S));
        resetDominant.In("R1", (o, v) => ((RS)o).R1 = v != 0, o => B(((RS)o).R1));
        resetDominant.Out("Q1", o => B(((RS)o).Q1));
        blocks.Add(resetDominant.Name, resetDominant);
        return blocks;
    }

    private void In(string member, Action<object, long> set, Func<object, long> get)
    {
        _setters[member] = set;
        _getters[member] = get;
    }

    private void Out(string member, Func<object, long> get) => _getters[member] = get;
}
