using System.Linq.Expressions;
using System.Reflection;
using PlcFleet.Simulation.Runtime;
using PlcFleet.Simulation.StandardBlocks;
using PlcFleet.Simulation.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Simulation.Compilation;

/// <summary>
/// Maps the IEC standard function blocks (TON, CTU, R_TRIG...) onto the simulator's StandardBlocks classes, so
/// compiled code sets their inputs, calls Execute and reads their outputs directly (no delegates, no boxing). Members
/// cross as longs in compiled code: BOOL 0/1, integers as is, TIME in nanoseconds.
/// </summary>
internal sealed class StandardBlockBinding
{
    private static readonly Dictionary<string, StandardBlockBinding> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        ["TON"] = new(typeof(TON), (c, _) => new TON(c), ["IN", "PT"], ["Q", "ET"]),
        ["TOF"] = new(typeof(TOF), (c, _) => new TOF(c), ["IN", "PT"], ["Q", "ET"]),
        ["TP"] = new(typeof(TP), (c, _) => new TP(c), ["IN", "PT"], ["Q", "ET"]),
        ["R_TRIG"] = new(typeof(R_TRIG), (_, _) => new R_TRIG(), ["CLK"], ["Q"]),
        ["F_TRIG"] = new(typeof(F_TRIG), (_, _) => new F_TRIG(), ["CLK"], ["Q"]),
        ["CTU"] = new(typeof(CTU), (_, d) => new CTU(CounterRangeOf(d)), ["CU", "R", "PV"], ["Q", "CV"]),
        ["CTD"] = new(typeof(CTD), (_, d) => new CTD(CounterRangeOf(d)), ["CD", "LD", "PV"], ["Q", "CV"]),
        ["CTUD"] = new(typeof(CTUD), (_, d) => new CTUD(CounterRangeOf(d)), ["CU", "CD", "R", "LD", "PV"], ["QU", "QD", "CV"]),
        ["SR"] = new(typeof(SR), (_, _) => new SR(), ["S1", "R"], ["Q1"]),
        ["RS"] = new(typeof(RS), (_, _) => new RS(), ["S", "R1"], ["Q1"]),
    };

    private readonly Func<IScanClock, Dialect, IStandardBlock> _create;
    private readonly Dictionary<string, PropertyInfo> _inputs = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, PropertyInfo> _members = new(StringComparer.OrdinalIgnoreCase);

    private StandardBlockBinding(Type type, Func<IScanClock, Dialect, IStandardBlock> create, string[] inputs, string[] outputs)
    {
        ClrType = type;
        _create = create;
        foreach (var name in inputs)
        {
            _inputs[name] = _members[name] = type.GetProperty(name)!;
        }

        foreach (var name in outputs)
        {
            _members[name] = type.GetProperty(name)!;
        }
    }

    /// <summary>The StandardBlocks class simulating the block.</summary>
    public Type ClrType { get; }

    public static StandardBlockBinding? Find(string blockName) => Blocks.GetValueOrDefault(blockName);

    /// <summary>A new instance; counters take their PV/CV type from the dialect of the code declaring them.</summary>
    public IStandardBlock Create(IScanClock clock, Dialect dialect) => _create(clock, dialect);

    /// <summary>instance.member as a long expression (BOOL 0/1, TIME in ns), or null when the block has no such member.</summary>
    public Expression? Read(Expression instance, string member)
    {
        if (!_members.TryGetValue(member, out var property))
        {
            return null;
        }

        var value = Expression.Property(instance, property);
        return property.PropertyType == typeof(bool) ? BodyEmitter.BoolToLong(value)
            : property.PropertyType == typeof(TimeSpan) ? Expression.Call(typeof(IecTime), nameof(IecTime.ToNanoseconds), null, value)
            : Expression.Convert(value, typeof(long));
    }

    /// <summary>instance.input := a long expression, converted to the member's representation.</summary>
    public Expression? Write(Expression instance, string member, Expression value)
    {
        if (!_inputs.TryGetValue(member, out var property))
        {
            return null;
        }

        Expression converted = property.PropertyType == typeof(bool) ? Expression.NotEqual(value, Expression.Constant(0L))
            : property.PropertyType == typeof(TimeSpan) ? Expression.Call(typeof(IecTime), nameof(IecTime.FromNanoseconds), null, value)
            : Expression.Convert(value, property.PropertyType);
        return Expression.Assign(Expression.Property(instance, property), converted);
    }

    /// <summary>A compiled reader of one member for watch lists and scenario signals (Tmr.Q).</summary>
    public Func<object, long>? Getter(string member)
    {
        var instance = Expression.Parameter(typeof(object), "block");
        return Read(Expression.Convert(instance, ClrType), member) is { } read
            ? Expression.Lambda<Func<object, long>>(read, instance).Compile()
            : null;
    }

    /// <summary>Sets one input to a constant (TON := (PT := T#2S)); null when the block has no such input.</summary>
    public Action<object>? Setter(string member, long value)
    {
        var instance = Expression.Parameter(typeof(object), "block");
        return Write(Expression.Convert(instance, ClrType), member, Expression.Constant(value)) is { } write
            ? Expression.Lambda<Action<object>>(write, instance).Compile()
            : null;
    }

    private static CounterRange CounterRangeOf(Dialect dialect) => dialect == Dialect.Codesys ? CounterRange.Word : CounterRange.Int;
}
