using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.StructuredText.Semantics.Values;

/// <summary>
/// Evaluates operators on constants (CONSTANT variables, CASE labels, array bounds) with PLC semantics: integers
/// wrap at their width, REAL arithmetic is single precision, durations and dates follow <see cref="TimeArithmetic"/>.
/// Operand types come from <see cref="OperatorTyping"/>, so a folded constant has the type the binder gives the expression.
/// </summary>
public static class ConstantFolder
{
    public static ConstantResult Binary(BinaryOperator op, ConstantValue left, ConstantValue right, ConversionMode mode = ConversionMode.Strict)
    {
        var typing = OperatorTyping.Binary(op, left.Type, right.Type, mode);
        if (!typing.Succeeded)
        {
            return ConstantResult.Fail(typing.Error!);
        }

        if (typing.OperandType is null)
        {
            return Temporal(op, left, right, (ElementaryType)typing.ResultType);
        }

        var l = ConstantConversion.Convert(left, typing.OperandType);
        var r = ConstantConversion.Convert(right, typing.OperandType);
        if (!l.Succeeded || !r.Succeeded)
        {
            return l.Succeeded ? r : l;
        }

        if (OperatorTyping.IsComparison(op))
        {
            return Compare(op, l.Value, r.Value);
        }

        return (l.Value, r.Value) switch
        {
            (IntegerValue a, IntegerValue b) => Integer(op, a.Value, b.Value, a.IntegerType),
            (BoolValue a, BoolValue b) => Logic(op, a.Value, b.Value),
            (RealValue a, RealValue b) => Real(op, a.Value, b.Value, (ElementaryType)a.Type),
            _ => ConstantResult.Fail($"'{OperatorTyping.Symbol(op)}' cannot be folded for {left.Type.Name}"),
        };
    }

    public static ConstantResult Unary(UnaryOperator op, ConstantValue operand, ConversionMode mode = ConversionMode.Strict)
    {
        var typing = OperatorTyping.Unary(op, operand.Type, mode);
        if (!typing.Succeeded)
        {
            return ConstantResult.Fail(typing.Error!);
        }

        return (op, operand) switch
        {
            (UnaryOperator.Not, BoolValue b) => ConstantResult.Ok(new BoolValue(!b.Value)),
            (UnaryOperator.Not, IntegerValue i) => ConstantResult.Ok(new IntegerValue(IntegerArithmetic.Not(i.Value, i.IntegerType), i.IntegerType)),
            (UnaryOperator.Negate, IntegerValue i) => ConstantResult.Ok(new IntegerValue(IntegerArithmetic.Negate(i.Value, i.IntegerType), i.IntegerType)),
            (UnaryOperator.Negate, RealValue r) => ConstantResult.Ok(new RealValue(-r.Value, (ElementaryType)r.Type)),
            (UnaryOperator.Negate, DurationValue d) when d.Nanoseconds != long.MinValue => ConstantResult.Ok(new DurationValue(-d.Nanoseconds, (ElementaryType)d.Type)),
            _ => ConstantResult.Fail($"cannot fold {op} of {operand.Type.Name}"),
        };
    }

    private static ConstantResult Integer(BinaryOperator op, Int128 a, Int128 b, ElementaryType type)
    {
        Int128 result;
        switch (op)
        {
            case BinaryOperator.Add: result = IntegerArithmetic.Add(a, b, type); break;
            case BinaryOperator.Subtract: result = IntegerArithmetic.Subtract(a, b, type); break;
            case BinaryOperator.Multiply: result = IntegerArithmetic.Multiply(a, b, type); break;
            case BinaryOperator.And: result = IntegerArithmetic.And(a, b, type); break;
            case BinaryOperator.Or: result = IntegerArithmetic.Or(a, b, type); break;
            case BinaryOperator.Xor: result = IntegerArithmetic.Xor(a, b, type); break;
            case BinaryOperator.Divide or BinaryOperator.Modulo:
                var ok = op == BinaryOperator.Divide
                    ? IntegerArithmetic.TryDivide(a, b, type, out result)
                    : IntegerArithmetic.TryModulo(a, b, type, out result);
                if (!ok)
                {
                    return ConstantResult.Fail("division by zero");
                }

                break;
            default:
                return ConstantResult.Fail($"'{OperatorTyping.Symbol(op)}' cannot be folded for {type.Name}");
        }

        return ConstantResult.Ok(new IntegerValue(result, type));
    }

    private static ConstantResult Logic(BinaryOperator op, bool a, bool b) => op switch
    {
        BinaryOperator.And => ConstantResult.Ok(new BoolValue(a && b)),
        BinaryOperator.Or => ConstantResult.Ok(new BoolValue(a || b)),
        BinaryOperator.Xor => ConstantResult.Ok(new BoolValue(a ^ b)),
        _ => ConstantResult.Fail($"'{OperatorTyping.Symbol(op)}' cannot be folded for BOOL"),
    };

    private static ConstantResult Real(BinaryOperator op, double a, double b, ElementaryType type)
    {
        if (op == BinaryOperator.Divide && b == 0)
        {
            return ConstantResult.Fail("division by zero");
        }

        double? result = op switch
        {
            BinaryOperator.Add => a + b,
            BinaryOperator.Subtract => a - b,
            BinaryOperator.Multiply => a * b,
            BinaryOperator.Divide => a / b,
            BinaryOperator.Power => Math.Pow(a, b),
            _ => null,
        };
        if (result is not { } value)
        {
            return ConstantResult.Fail($"'{OperatorTyping.Symbol(op)}' cannot be folded for {type.Name}");
        }

        if (type == ElementaryType.Real)
        {
            value = (float)value; // REAL arithmetic rounds every result to single precision.
        }

        return double.IsFinite(value)
            ? ConstantResult.Ok(new RealValue(value, type))
            : ConstantResult.Fail($"result is not a finite {type.Name}");
    }

    private static ConstantResult Compare(BinaryOperator op, ConstantValue a, ConstantValue b)
    {
        int order;
        switch (a, b)
        {
            case (IntegerValue x, IntegerValue y): order = x.Value.CompareTo(y.Value); break;
            case (BoolValue x, BoolValue y): order = x.Value.CompareTo(y.Value); break;
            case (RealValue x, RealValue y):
                if (double.IsNaN(x.Value) || double.IsNaN(y.Value))
                {
                    return ConstantResult.Ok(new BoolValue(op == BinaryOperator.NotEqual));
                }

                order = x.Value.CompareTo(y.Value);
                break;
            case (DurationValue x, DurationValue y): order = x.Nanoseconds.CompareTo(y.Nanoseconds); break;
            case (DateValue x, DateValue y): order = x.Value.CompareTo(y.Value); break;
            case (TimeOfDayValue x, TimeOfDayValue y): order = x.NanosecondsSinceMidnight.CompareTo(y.NanosecondsSinceMidnight); break;
            case (DateAndTimeValue x, DateAndTimeValue y): order = x.NanosecondsSinceEpoch.CompareTo(y.NanosecondsSinceEpoch); break;
            case (StringValue x, StringValue y): order = string.CompareOrdinal(x.Value, y.Value); break;
            case (CharValue x, CharValue y): order = x.Value.CompareTo(y.Value); break;
            case (EnumValue x, EnumValue y): order = x.Member.Value.CompareTo(y.Member.Value); break;
            default: return ConstantResult.Fail($"cannot compare {a.Type.Name} with {b.Type.Name}");
        }

        var result = op switch
        {
            BinaryOperator.Equal => order == 0,
            BinaryOperator.NotEqual => order != 0,
            BinaryOperator.Less => order < 0,
            BinaryOperator.LessOrEqual => order <= 0,
            BinaryOperator.Greater => order > 0,
            _ => order >= 0,
        };
        return ConstantResult.Ok(new BoolValue(result));
    }

    private static ConstantResult Temporal(BinaryOperator op, ConstantValue left, ConstantValue right, ElementaryType resultType)
    {
        try
        {
            return (op, left, right) switch
            {
                (BinaryOperator.Add, DurationValue a, DurationValue b) => Duration(checked(a.Nanoseconds + b.Nanoseconds), resultType),
                (BinaryOperator.Subtract, DurationValue a, DurationValue b) => Duration(checked(a.Nanoseconds - b.Nanoseconds), resultType),
                (BinaryOperator.Multiply, DurationValue a, IntegerValue n) => Duration(checked((long)(a.Nanoseconds * n.Value)), resultType),
                (BinaryOperator.Multiply, DurationValue a, RealValue n) => Duration(checked((long)Math.Round(a.Nanoseconds * n.Value, MidpointRounding.AwayFromZero)), resultType),
                (BinaryOperator.Divide, DurationValue, IntegerValue n) when n.Value == 0 => ConstantResult.Fail("division by zero"),
                (BinaryOperator.Divide, DurationValue, RealValue n) when n.Value == 0 => ConstantResult.Fail("division by zero"),
                (BinaryOperator.Divide, DurationValue a, IntegerValue n) => Duration((long)(a.Nanoseconds / n.Value), resultType),
                (BinaryOperator.Divide, DurationValue a, RealValue n) => Duration(checked((long)Math.Round(a.Nanoseconds / n.Value, MidpointRounding.AwayFromZero)), resultType),
                (BinaryOperator.Add, TimeOfDayValue t, DurationValue d) => TimeOfDay(t.NanosecondsSinceMidnight + d.Nanoseconds, resultType),
                (BinaryOperator.Subtract, TimeOfDayValue t, DurationValue d) => TimeOfDay(t.NanosecondsSinceMidnight - d.Nanoseconds, resultType),
                (BinaryOperator.Subtract, TimeOfDayValue a, TimeOfDayValue b) => Duration(a.NanosecondsSinceMidnight - b.NanosecondsSinceMidnight, resultType),
                (BinaryOperator.Add, DateAndTimeValue t, DurationValue d) => ConstantResult.Ok(new DateAndTimeValue(checked(t.NanosecondsSinceEpoch + d.Nanoseconds), resultType)),
                (BinaryOperator.Subtract, DateAndTimeValue t, DurationValue d) => ConstantResult.Ok(new DateAndTimeValue(checked(t.NanosecondsSinceEpoch - d.Nanoseconds), resultType)),
                (BinaryOperator.Subtract, DateAndTimeValue a, DateAndTimeValue b) => Duration(checked(a.NanosecondsSinceEpoch - b.NanosecondsSinceEpoch), resultType),
                (BinaryOperator.Subtract, DateValue a, DateValue b) => Duration(checked((a.Value.DayNumber - b.Value.DayNumber) * TimeOfDayValue.NanosecondsPerDay), resultType),
                _ => ConstantResult.Fail($"'{OperatorTyping.Symbol(op)}' cannot be folded for {left.Type.Name} and {right.Type.Name}"),
            };
        }
        catch (OverflowException)
        {
            return ConstantResult.Fail($"result does not fit {resultType.Name}");
        }
    }

    private static ConstantResult Duration(long nanoseconds, ElementaryType type) => ConstantResult.Ok(new DurationValue(nanoseconds, type));

    // A time of day wraps past midnight, as the clock on the PLC does (CODESYS).
    private static ConstantResult TimeOfDay(long nanoseconds, ElementaryType type) =>
        ConstantResult.Ok(new TimeOfDayValue(((nanoseconds % TimeOfDayValue.NanosecondsPerDay) + TimeOfDayValue.NanosecondsPerDay) % TimeOfDayValue.NanosecondsPerDay, type));
}
