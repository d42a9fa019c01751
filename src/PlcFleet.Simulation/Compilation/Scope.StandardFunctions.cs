using PlcFleet.StructuredText.Semantics.Binding;
using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.Simulation.Compilation;

internal sealed partial class Scope
{
    /// <summary>The standard functions the simulator executes: conversions, numeric, selection, shifts and strings.</summary>
    private CompiledExpression StandardFunction(BoundCall call, string name)
    {
        var type = call.Type;
        var args = call.Arguments.Where(a => a.Direction != ArgumentDirection.Output).Select(a => Expression(a.Value)).ToList();
        var upper = name.ToUpperInvariant();
        if ((upper.Contains("_TO_", StringComparison.Ordinal) || upper.StartsWith("TO_", StringComparison.Ordinal) || upper is "TRUNC" or "MOVE") && args.Count == 1)
        {
            if (upper.StartsWith("TRUNC", StringComparison.Ordinal) || upper.Contains("TRUNC_", StringComparison.Ordinal))
            {
                var d = Convert(args[0], ElementaryType.LReal).D!;
                return Convert(CompiledExpression.Long(ElementaryType.LInt, f => (long)Math.Truncate(d(f))), type);
            }

            return Convert(args[0], type);
        }

        var isReal = TypeStorage.Of(type) == StorageClass.Real;
        var same = args.Select(a => Convert(a, type)).ToList();
        switch (upper)
        {
            case "ABS" when isReal:
                var ar = same[0].D!;
                return CompiledExpression.Real(type, f => Math.Abs(ar(f)));
            case "ABS":
                var al = same[0].L!;
                return CompiledExpression.Long(type, f => TypeStorage.Wrap(Math.Abs(al(f)), type));
            case "SQRT":
                var sq = Convert(args[0], type).D!;
                return CompiledExpression.Real(type, f => Math.Sqrt(sq(f)));
            case "MIN" or "MAX" when isReal:
                var reals = same.Select(a => a.D!).ToArray();
                var isMin = upper == "MIN";
                return CompiledExpression.Real(type, f =>
                {
                    var best = reals[0](f);
                    for (var i = 1; i < reals.Length; i++)
                    {
                        var v = reals[i](f);
                        best = isMin ? Math.Min(best, v) : Math.Max(best, v);
                    }

                    return best;
                });
            case "MIN" or "MAX" when same.All(a => a.Storage == StorageClass.Long):
                var longs = same.Select(a => a.L!).ToArray();
                var min = upper == "MIN";
                return CompiledExpression.Long(type, f =>
                {
                    var best = longs[0](f);
                    for (var i = 1; i < longs.Length; i++)
                    {
                        var v = longs[i](f);
                        best = min ? Math.Min(best, v) : Math.Max(best, v);
                    }

                    return best;
                });
            case "LIMIT" when isReal:
                var (lo, x, hi) = (same[0].D!, same[1].D!, same[2].D!);
                return CompiledExpression.Real(type, f => Math.Min(Math.Max(x(f), lo(f)), hi(f)));
            case "LIMIT" when same.All(a => a.Storage == StorageClass.Long):
                var (lol, xl, hil) = (same[0].L!, same[1].L!, same[2].L!);
                return CompiledExpression.Long(type, f => Math.Min(Math.Max(xl(f), lol(f)), hil(f)));
            case "SEL":
                var g = Convert(args[0], ElementaryType.Bool).L!;
                var choices = args.Skip(1).Select(a => Convert(a, type)).ToList();
                return Select(type, f => g(f) != 0 ? 1 : 0, choices);
            case "MUX":
                var k = Convert(args[0], ElementaryType.LInt).L!;
                var options = args.Skip(1).Select(a => Convert(a, type)).ToList();
                var last = options.Count - 1;
                return Select(type, f => (int)Math.Clamp(k(f), 0, last), options);
            case "SHL" or "SHR" or "ROL" or "ROR":
                var value = Convert(args[0], type).L!;
                var n = Convert(args[1], ElementaryType.LInt).L!;
                var bits = type.Underlying is ElementaryType e ? e.SizeInBits : 64;
                var mask = bits >= 64 ? -1L : (1L << bits) - 1;
                return upper switch
                {
                    "SHL" => CompiledExpression.Long(type, f => (value(f) << (int)n(f)) & mask),
                    "SHR" => CompiledExpression.Long(type, f => (long)((ulong)(value(f) & mask) >> (int)n(f))),
                    "ROL" => CompiledExpression.Long(type, f => Rotate(value(f) & mask, (int)(n(f) % bits), bits) & mask),
                    _ => CompiledExpression.Long(type, f => Rotate(value(f) & mask, (int)((bits - (n(f) % bits)) % bits), bits) & mask),
                };
            case "LEN":
                var s = args[0].O!;
                return CompiledExpression.Long(type, f => ((string?)s(f) ?? string.Empty).Length);
            case "CONCAT":
                var parts = args.Select(a => a.O!).ToArray();
                return CompiledExpression.Object(type, f => string.Concat(parts.Select(p => (string?)p(f))));
            default:
                return Unsupported(call.Syntax, type, $"standard function {name} is not supported by the simulator");
        }
    }

    private static long Rotate(long value, int count, int bits) => count == 0 ? value : (value << count) | (long)((ulong)value >> (bits - count));

    private static CompiledExpression Select(StType type, Func<Frame, int> index, List<CompiledExpression> choices)
    {
        switch (TypeStorage.Of(type))
        {
            case StorageClass.Long:
                var l = choices.Select(c => c.L!).ToArray();
                return CompiledExpression.Long(type, f => l[index(f)](f));
            case StorageClass.Real:
                var d = choices.Select(c => c.D!).ToArray();
                return CompiledExpression.Real(type, f => d[index(f)](f));
            default:
                var o = choices.Select(c => c.O!).ToArray();
                return CompiledExpression.Object(type, f => o[index(f)](f));
        }
    }
}
