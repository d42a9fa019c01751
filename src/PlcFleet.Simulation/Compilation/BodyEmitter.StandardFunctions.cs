using System.Linq.Expressions;
using PlcFleet.StructuredText.Semantics.Binding;
using PlcFleet.StructuredText.Semantics.StandardLibrary;
using PlcFleet.StructuredText.Semantics.Types;
using E = System.Linq.Expressions.Expression;

namespace PlcFleet.Simulation.Compilation;

internal sealed partial class BodyEmitter
{
    /// <summary>
    /// A call of a standard function, dispatched on its section of the library. A function (or an overload) the
    /// simulator cannot run exactly is a compile error, never a guessed value.
    /// </summary>
    private Expression StandardFunction(BoundCall call, string name)
    {
        var inputs = InSignatureOrder(call);
        var upper = name.ToUpperInvariant();
        var group = call.Resolution?.Function.Group ?? GroupOf(call.Callee);
        var emitted = group switch
        {
            FunctionGroup.TypeConversion when inputs.Count == 1 => ConversionFunction(call, upper, inputs[0].Value),
            FunctionGroup.Numeric => NumericFunction(call, upper, inputs),
            FunctionGroup.Arithmetic or FunctionGroup.Bitwise => OperatorFunction(call, upper, inputs),
            FunctionGroup.Comparison => ComparisonFunction(call, upper, inputs),
            FunctionGroup.BitShift => ShiftFunction(call, upper, inputs),
            FunctionGroup.Selection => SelectionFunction(call, upper, inputs),
            FunctionGroup.String => StringFunction(call, upper, inputs),
            FunctionGroup.Time => TimeFunction(call, upper, inputs),
            _ => null,
        };
        return emitted ?? Unsupported(call.Syntax, call.Type, $"standard function {name} is not supported by the simulator");
    }

    private static FunctionGroup? GroupOf(StructuredText.Semantics.Symbols.Symbol callee) =>
        callee is StructuredText.Semantics.Symbols.StandardFunctionSymbol standard ? standard.Function.Group : null;

    /// <summary>
    /// The inputs in the order the signature declares them (MN, IN, MX of LIMIT; K, IN0, IN1... of MUX), whatever order
    /// a call with formal names (<c>LIMIT(MX := 100, IN := x, MN := 0)</c>) wrote them in.
    /// </summary>
    private static List<BoundArgument> InSignatureOrder(BoundCall call)
    {
        var inputs = call.Arguments.Where(a => a.Direction != ArgumentDirection.Output).ToList();
        if (call.Resolution?.Signature is not { } signature)
        {
            return inputs;
        }

        int Rank(BoundArgument argument)
        {
            for (var i = 0; i < signature.Parameters.Count; i++)
            {
                if (string.Equals(signature.Parameters[i].Name, argument.ParameterName, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }

            return signature.Parameters.Count + Math.Max(0, signature.Extensible?.PositionOf(argument.ParameterName) ?? 0);
        }

        return [.. inputs.OrderBy(Rank)];
    }

    /// <summary>The generic type T the call was resolved with (INT for MAX(nA, nB)), or the result type.</summary>
    private static StType GenericTypeOf(BoundCall call) => call.Resolution?.GenericType ?? call.Type;

    /// <summary>An input's value converted to the type the function computes in.</summary>
    private Expression Input(BoundArgument input, StType type) => Convert(Value(input.Value), input.Value.Type, type);

    /// <summary>*_TO_*, TO_*, TRUNC and the BCD codes. Conversions with no exact runtime form (DATE_TO_STRING) are not guessed.</summary>
    private Expression? ConversionFunction(BoundCall call, string upper, BoundExpression input)
    {
        var to = call.Type;
        var from = input.Type;
        if (upper.Contains("BCD", StringComparison.Ordinal))
        {
            var decode = upper.Contains("BCD_TO_", StringComparison.Ordinal);
            var digits = BitsOf(decode ? from : to) / 4;
            var coded = E.Call(typeof(BcdCodec), decode ? nameof(BcdCodec.Decode) : nameof(BcdCodec.Encode), null,
                Convert(Value(input), from, ElementaryType.LInt), E.Constant(digits));
            return Wrap(coded, to);
        }

        if (upper.Contains("TRUNC", StringComparison.Ordinal))
        {
            var truncated = E.Call(typeof(IntegerMath), nameof(IntegerMath.Truncate), null, Convert(Value(input), from, ElementaryType.LReal));
            return Convert(truncated, ElementaryType.LInt, to);
        }

        if (IsDate(from) || IsDate(to))
        {
            return null; // DATE, TOD and DT have no runtime representation the conversions could rely on yet.
        }

        var value = Value(input);
        if (to.Underlying is StringType)
        {
            return from.Underlying switch
            {
                ElementaryType { Category: TypeCategory.Duration } duration => E.Call(typeof(StringConversions), nameof(StringConversions.FromDuration), null,
                    value, E.Constant(duration.SizeInBits == 64)),
                ElementaryType { Category: TypeCategory.Char } => E.Call(typeof(StringConversions), nameof(StringConversions.FromChar), null, value),
                ElementaryType { IsReal: true } => E.Call(typeof(StringConversions), nameof(StringConversions.FromReal), null,
                    value, E.Constant(TypeStorage.IsSinglePrecision(from))),
                _ => Convert(value, from, to),
            };
        }

        if (from.Underlying is StringType)
        {
            return to.Underlying switch
            {
                ElementaryType { Category: TypeCategory.Duration } => null, // STRING_TO_TIME needs the literal parser at run time.
                ElementaryType { Category: TypeCategory.Char } => E.Call(typeof(StringConversions), nameof(StringConversions.ToChar), null, value),
                _ => Convert(value, from, to),
            };
        }

        // LTIME counts nanoseconds in CODESYS: LTIME_TO_LINT(LTIME#1MS) = 1000000, unlike TIME_TO_DINT's milliseconds.
        if (IsLongTime(from) && !TypeStorage.IsDuration(to))
        {
            return Convert(value, ElementaryType.LInt, to);
        }

        if (IsLongTime(to) && !TypeStorage.IsDuration(from))
        {
            return Convert(value, from, ElementaryType.LInt);
        }

        return Convert(value, from, to);
    }

    private static int BitsOf(StType type) => type.Underlying is ElementaryType elementary ? elementary.SizeInBits : 64;

    private static bool IsDate(StType type) => type.Underlying is ElementaryType { Category: TypeCategory.Date };

    private static bool IsLongTime(StType type) => type.Underlying is ElementaryType { Category: TypeCategory.Duration, SizeInBits: 64 };

    private static Expression Round(Expression real, StType type) => TypeStorage.IsSinglePrecision(type) ? Single(real) : real;
}
