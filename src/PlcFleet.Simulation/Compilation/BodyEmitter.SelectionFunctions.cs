using System.Linq.Expressions;
using PlcFleet.StructuredText.Semantics.Binding;
using PlcFleet.StructuredText.Semantics.Types;
using E = System.Linq.Expressions.Expression;

namespace PlcFleet.Simulation.Compilation;

internal sealed partial class BodyEmitter
{
    /// <summary>SEL, MUX, MIN, MAX and LIMIT. MIN/MAX/LIMIT order values with the comparison operators' code, so they work on every ANY_ELEMENTARY type.</summary>
    private Expression? SelectionFunction(BoundCall call, string upper, List<BoundArgument> inputs)
    {
        var type = call.Type;
        switch (upper)
        {
            case "SEL":
                return E.Condition(Condition(inputs[0].Value), Input(inputs[2], type), Input(inputs[1], type));
            case "MUX":
                var k = E.Variable(typeof(long), "k");
                var options = inputs.Skip(1).Select(a => Input(a, type)).ToList();
                Expression chosen = options[^1];
                for (var i = options.Count - 2; i >= 0; i--)
                {
                    chosen = E.Condition(i == 0 ? E.LessThanOrEqual(k, E.Constant(0L)) : E.Equal(k, E.Constant((long)i)), options[i], chosen);
                }

                return E.Block(chosen.Type, [k], E.Assign(k, Input(inputs[0], ElementaryType.LInt)), chosen);
            case "MIN" or "MAX" or "LIMIT" when TypeStorage.Of(type) != StorageClass.Object || TypeStorage.ClrType(type) == typeof(string):
                var values = inputs.Select(a => Input(a, type)).ToList();
                if (HasNativeOrder(values[0].Type, type))
                {
                    // Math.Min/Max compile to a compare-and-move: the scan benchmark ran 25 % slower with the generic
                    // block below (LIMIT is in every analog scaling line of real code).
                    return upper switch
                    {
                        "MIN" => values.Skip(1).Aggregate(values[0], (best, next) => E.Call(typeof(Math), nameof(Math.Min), null, best, next)),
                        "MAX" => values.Skip(1).Aggregate(values[0], (best, next) => E.Call(typeof(Math), nameof(Math.Max), null, best, next)),
                        _ => E.Call(typeof(Math), nameof(Math.Min), null, E.Call(typeof(Math), nameof(Math.Max), null, values[1], values[0]), values[2]),
                    };
                }

                return upper switch
                {
                    "MIN" => Extreme(values, BinaryOperator.LessOrEqual, type),
                    "MAX" => Extreme(values, BinaryOperator.GreaterOrEqual, type),
                    // LIMIT(MN, IN, MX) = MIN(MAX(IN, MN), MX).
                    _ => Extreme([Extreme([values[1], values[0]], BinaryOperator.GreaterOrEqual, type), values[2]], BinaryOperator.LessOrEqual, type),
                };
            default:
                return null;
        }
    }

    /// <summary>Signed integers, times and reals, whose slot order is the IEC order (not ULINT/LWORD above 2^63, not strings).</summary>
    private static bool HasNativeOrder(Type clr, StType type) =>
        clr == typeof(double) || (clr == typeof(long) && !TypeStorage.IsUnsigned64(type));

    /// <summary>The value that wins every comparison <paramref name="keep"/> (MAX keeps best when best &gt;= next); each input evaluated once.</summary>
    private static Expression Extreme(IReadOnlyList<Expression> values, BinaryOperator keep, StType type)
    {
        var best = E.Variable(values[0].Type, "best");
        var next = E.Variable(values[0].Type, "next");
        var steps = new List<Expression> { E.Assign(best, values[0]) };
        foreach (var value in values.Skip(1))
        {
            steps.Add(E.Assign(next, value));
            steps.Add(E.Assign(best, E.Condition(Comparison(keep, best, next, type), best, next)));
        }

        steps.Add(best);
        return E.Block(best.Type, [best, next], steps);
    }
}
