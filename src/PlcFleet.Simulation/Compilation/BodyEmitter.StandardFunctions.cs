using System.Linq.Expressions;
using PlcFleet.StructuredText.Semantics.Binding;
using PlcFleet.StructuredText.Semantics.Types;
using E = System.Linq.Expressions.Expression;

namespace PlcFleet.Simulation.Compilation;

internal sealed partial class BodyEmitter
{
    /// <summary>The standard functions the simulator executes: conversions, numeric, selection, shifts and strings.</summary>
    private Expression StandardFunction(BoundCall call, string name)
    {
        var type = call.Type;
        var inputs = call.Arguments.Where(a => a.Direction != ArgumentDirection.Output).ToList();
        var args = inputs.Select(a => Value(a.Value)).ToList();
        var types = inputs.Select(a => a.Value.Type).ToList();
        var upper = name.ToUpperInvariant();
        if ((upper.Contains("_TO_", StringComparison.Ordinal) || upper.StartsWith("TO_", StringComparison.Ordinal) || upper is "TRUNC" or "MOVE") && args.Count == 1)
        {
            if (upper.StartsWith("TRUNC", StringComparison.Ordinal) || upper.Contains("TRUNC_", StringComparison.Ordinal))
            {
                var truncated = E.Call(typeof(IntegerMath), nameof(IntegerMath.Truncate), null, Convert(args[0], types[0], ElementaryType.LReal));
                return Convert(truncated, ElementaryType.LInt, type);
            }

            return Convert(args[0], types[0], type);
        }

        var same = args.Select((a, i) => Convert(a, types[i], type)).ToList();
        var isReal = TypeStorage.Of(type) == StorageClass.Real;
        var isLong = TypeStorage.Of(type) == StorageClass.Long;
        switch (upper)
        {
            case "ABS" when isReal:
                return E.Call(typeof(Math), nameof(Math.Abs), null, same[0]);
            case "ABS" when isLong:
                return Wrap(E.Call(typeof(Math), nameof(Math.Abs), null, same[0]), type);
            case "SQRT" when isReal:
                return Round(E.Call(typeof(Math), nameof(Math.Sqrt), null, same[0]), type);
            case "MIN" or "MAX" when isReal || isLong:
                var pick = upper == "MIN" ? nameof(Math.Min) : nameof(Math.Max);
                return same.Skip(1).Aggregate(same[0], (best, next) => E.Call(typeof(Math), pick, null, best, next));
            case "LIMIT" when isReal || isLong:
                return E.Call(typeof(Math), nameof(Math.Min), null, E.Call(typeof(Math), nameof(Math.Max), null, same[1], same[0]), same[2]);
            case "SEL":
                return E.Condition(Condition(inputs[0].Value), Convert(args[2], types[2], type), Convert(args[1], types[1], type));
            case "MUX":
                var k = E.Variable(typeof(long), "k");
                var options = args.Skip(1).Select((a, i) => Convert(a, types[i + 1], type)).ToList();
                Expression chosen = options[^1];
                for (var i = options.Count - 2; i >= 0; i--)
                {
                    chosen = E.Condition(i == 0 ? E.LessThanOrEqual(k, E.Constant(0L)) : E.Equal(k, E.Constant((long)i)), options[i], chosen);
                }

                return E.Block(chosen.Type, [k], E.Assign(k, Convert(args[0], types[0], ElementaryType.LInt)), chosen);
            case "SHL" or "SHR" or "ROL" or "ROR" when isLong:
                var value = same[0];
                var n = E.Convert(Convert(args[1], types[1], ElementaryType.LInt), typeof(int));
                var bits = type.Underlying is ElementaryType e ? e.SizeInBits : 64;
                var mask = E.Constant(bits >= 64 ? -1L : (1L << bits) - 1);
                var masked = E.And(value, mask);
                return upper switch
                {
                    "SHL" => E.And(E.LeftShift(value, n), mask),
                    "SHR" => E.Convert(E.RightShift(E.Convert(masked, typeof(ulong)), n), typeof(long)),
                    "ROL" => E.And(E.Call(typeof(IntegerMath), nameof(IntegerMath.Rotate), null, masked, E.Modulo(n, E.Constant(bits)), E.Constant(bits)), mask),
                    _ => E.And(E.Call(typeof(IntegerMath), nameof(IntegerMath.Rotate), null, masked,
                        E.Modulo(E.Subtract(E.Constant(bits), E.Modulo(n, E.Constant(bits))), E.Constant(bits)), E.Constant(bits)), mask),
                };
            case "LEN" when args[0].Type == typeof(string):
                return E.Convert(E.Property(E.Coalesce(args[0], E.Constant(string.Empty)), nameof(string.Length)), typeof(long));
            case "CONCAT" when args.All(a => a.Type == typeof(string)):
                return E.Call(typeof(string), nameof(string.Concat), null, E.NewArrayInit(typeof(string), args));
            default:
                return Unsupported(call.Syntax, type, $"standard function {name} is not supported by the simulator");
        }
    }

    private static Expression Round(Expression real, StType type) => TypeStorage.IsSinglePrecision(type) ? Single(real) : real;
}
