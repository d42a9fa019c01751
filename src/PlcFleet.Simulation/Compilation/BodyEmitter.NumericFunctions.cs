using System.Linq.Expressions;
using PlcFleet.StructuredText.Semantics.Binding;
using PlcFleet.StructuredText.Semantics.Types;
using E = System.Linq.Expressions.Expression;

namespace PlcFleet.Simulation.Compilation;

internal sealed partial class BodyEmitter
{
    /// <summary>ABS, SQRT, LN, LOG, EXP, the trigonometry, ATAN2 and EXPT. REAL results round to single precision.</summary>
    private Expression? NumericFunction(BoundCall call, string upper, List<BoundArgument> inputs)
    {
        var type = GenericTypeOf(call);
        if (upper == "EXPT")
        {
            // IN1 ** IN2 exactly as the operator computes it.
            return Value(new BoundBinary(call.Syntax, BinaryOperator.Power, inputs[0].Value, inputs[1].Value, type, type, null));
        }

        if (upper == "ABS")
        {
            return Absolute(Input(inputs[0], type), type);
        }

        if (TypeStorage.Of(type) != StorageClass.Real)
        {
            return null;
        }

        if (upper == "ATAN2")
        {
            return Round(E.Call(typeof(Math), nameof(Math.Atan2), null, Input(inputs[0], type), Input(inputs[1], type)), type);
        }

        var function = upper switch
        {
            "SQRT" => nameof(Math.Sqrt),
            "LN" => nameof(Math.Log),
            "LOG" => nameof(Math.Log10),
            "EXP" => nameof(Math.Exp),
            "SIN" => nameof(Math.Sin),
            "COS" => nameof(Math.Cos),
            "TAN" => nameof(Math.Tan),
            "ASIN" => nameof(Math.Asin),
            "ACOS" => nameof(Math.Acos),
            "ATAN" => nameof(Math.Atan),
            _ => null,
        };

        // IEEE results outside the domain are kept as the PLC's FPU gives them: LN(0) = -inf, SQRT(-1) = NaN.
        return function is null ? null : Round(E.Call(typeof(Math), function, null, [Input(inputs[0], type)]), type);
    }

    /// <summary>ABS on every ANY_NUM: unsigned values are their own magnitude, ABS(INT#-32768) wraps to -32768 as on the PLC.</summary>
    private static Expression Absolute(Expression value, StType type)
    {
        if (value.Type == typeof(double))
        {
            return E.Call(typeof(Math), nameof(Math.Abs), null, value);
        }

        if (type.Underlying is ElementaryType { IsSigned: false })
        {
            return value;
        }

        var temp = E.Variable(typeof(long), "abs");
        return E.Block(typeof(long), [temp],
            E.Assign(temp, value),
            E.Condition(E.LessThan(temp, E.Constant(0L)), Wrap(E.Negate(temp), type), temp));
    }

    /// <summary>SHL, SHR, ROL, ROR within the width of IN (a BYTE rotates in 8 bits).</summary>
    private Expression? ShiftFunction(BoundCall call, string upper, List<BoundArgument> inputs)
    {
        var type = call.Type;
        if (TypeStorage.Of(type) != StorageClass.Long)
        {
            return null;
        }

        var value = Input(inputs[0], type);
        var n = E.Convert(Input(inputs[1], ElementaryType.LInt), typeof(int));
        var bits = BitsOf(type);
        var mask = E.Constant(bits >= 64 ? -1L : (1L << bits) - 1);
        var masked = E.And(value, mask);
        return upper switch
        {
            "SHL" => E.And(E.LeftShift(value, n), mask),
            "SHR" => E.Convert(E.RightShift(E.Convert(masked, typeof(ulong)), n), typeof(long)),
            "ROL" => E.And(E.Call(typeof(IntegerMath), nameof(IntegerMath.Rotate), null, masked, E.Modulo(n, E.Constant(bits)), E.Constant(bits)), mask),
            "ROR" => E.And(E.Call(typeof(IntegerMath), nameof(IntegerMath.Rotate), null, masked,
                E.Modulo(E.Subtract(E.Constant(bits), E.Modulo(n, E.Constant(bits))), E.Constant(bits)), E.Constant(bits)), mask),
            _ => null,
        };
    }
}
