using PlcFleet.Simulation.Runtime;
using PlcFleet.StructuredText.Semantics.Binding;
using PlcFleet.StructuredText.Semantics.Types;

namespace PlcFleet.Simulation.Compilation;

internal sealed partial class Scope
{
    private const double NanosecondsPerMillisecond = 1_000_000;

    /// <summary>Converts as assignment and *_TO_* do: REAL to integer rounds half to even, integers wrap, TIME is ms.</summary>
    public CompiledExpression Convert(CompiledExpression value, StType target)
    {
        var to = TypeStorage.Of(target);
        var fromDuration = TypeStorage.IsDuration(value.Type);
        var toDuration = TypeStorage.IsDuration(target);
        if (to == StorageClass.Long)
        {
            if (TypeStorage.IsBool(target))
            {
                if (value.Storage == StorageClass.Long)
                {
                    var l = value.L!;
                    return TypeStorage.IsBool(value.Type) ? value with { Type = target } : CompiledExpression.Long(target, f => l(f) != 0 ? 1 : 0);
                }

                if (value.Storage == StorageClass.Real)
                {
                    var d = value.D!;
                    return CompiledExpression.Long(target, f => d(f) != 0 ? 1 : 0);
                }
            }

            var wrap = TypeStorage.Wrapper(target);
            if (value.Storage == StorageClass.Long)
            {
                var l = value.L!;
                if (fromDuration == toDuration)
                {
                    // Same underlying type: already in range, no wrap needed.
                    return wrap is null || value.Type.Underlying == target.Underlying ? value with { Type = target } : CompiledExpression.Long(target, f => wrap(l(f)));
                }

                return toDuration
                    ? CompiledExpression.Long(target, f => l(f) * (long)NanosecondsPerMillisecond)
                    : CompiledExpression.Long(target, f => TypeStorage.Wrap(l(f) / (long)NanosecondsPerMillisecond, target));
            }

            if (value.Storage == StorageClass.Real)
            {
                var d = value.D!;
                return toDuration
                    ? CompiledExpression.Long(target, f => (long)Math.Round(d(f) * NanosecondsPerMillisecond))
                    : CompiledExpression.Long(target, f => TypeStorage.Wrap(RoundToInteger(d(f)), target));
            }

            var o = value.O!;
            return CompiledExpression.Long(target, f => long.TryParse(o(f) as string, out var parsed) ? TypeStorage.Wrap(parsed, target) : 0);
        }

        if (to == StorageClass.Real)
        {
            var single = TypeStorage.IsSinglePrecision(target);
            if (value.Storage == StorageClass.Real)
            {
                var d = value.D!;
                return single && !TypeStorage.IsSinglePrecision(value.Type) ? CompiledExpression.Real(target, f => (float)d(f)) : value with { Type = target };
            }

            if (value.Storage == StorageClass.Long)
            {
                var l = value.L!;
                var scale = fromDuration ? NanosecondsPerMillisecond : 1;
                return single ? CompiledExpression.Real(target, f => (float)(l(f) / scale)) : CompiledExpression.Real(target, f => l(f) / scale);
            }

            var o = value.O!;
            return CompiledExpression.Real(target, f => double.TryParse(o(f) as string, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed : 0);
        }

        if (target.Underlying is StringType && value.Storage != StorageClass.Object)
        {
            if (value.Storage == StorageClass.Long)
            {
                var l = value.L!;
                var isBool = TypeStorage.IsBool(value.Type);
                return CompiledExpression.Object(target, f => isBool ? (l(f) != 0 ? "TRUE" : "FALSE") : l(f).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            var d = value.D!;
            return CompiledExpression.Object(target, f => d(f).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        return value with { Type = target };
    }

    private static long RoundToInteger(double value) =>
        double.IsNaN(value) ? 0 : value >= long.MaxValue ? long.MaxValue : value <= long.MinValue ? long.MinValue : (long)Math.Round(value, MidpointRounding.ToEven);

    private CompiledExpression Unary(BoundUnary unary)
    {
        var operand = Convert(Expression(unary.Operand), unary.ResultType);
        var type = unary.ResultType;
        if (operand.Storage == StorageClass.Real)
        {
            var d = operand.D!;
            return CompiledExpression.Real(type, f => -d(f));
        }

        var l = operand.L!;
        if (unary.Operator == UnaryOperator.Negate)
        {
            return CompiledExpression.Long(type, f => TypeStorage.Wrap(-l(f), type));
        }

        return TypeStorage.IsBool(type) ? CompiledExpression.Long(type, f => l(f) ^ 1) : CompiledExpression.Long(type, f => TypeStorage.Wrap(~l(f), type));
    }

    private CompiledExpression Binary(BoundBinary binary)
    {
        var left = Expression(binary.Left);
        var right = Expression(binary.Right);
        if (binary.OperandType is { } operandType)
        {
            left = Convert(left, operandType);
            right = Convert(right, operandType);
        }

        var result = binary.ResultType;
        var op = binary.Operator;
        var location = _statement;
        var isComparison = op is BinaryOperator.Equal or BinaryOperator.NotEqual or BinaryOperator.Less or BinaryOperator.LessOrEqual
            or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual;

        if (left.Storage == StorageClass.Object || right.Storage == StorageClass.Object)
        {
            var a = left.O ?? (_ => null);
            var b = right.O ?? (_ => null);
            Func<int, bool> test = op switch
            {
                BinaryOperator.Equal => c => c == 0,
                BinaryOperator.NotEqual => c => c != 0,
                BinaryOperator.Less => c => c < 0,
                BinaryOperator.LessOrEqual => c => c <= 0,
                BinaryOperator.Greater => c => c > 0,
                _ => c => c >= 0,
            };
            return isComparison
                ? CompiledExpression.Long(result, f => test(string.CompareOrdinal(a(f) as string, b(f) as string)) ? 1 : 0)
                : Unsupported(binary.Syntax, result, $"operator {op} on {left.Type} is not supported by the simulator");
        }

        if (left.Storage == StorageClass.Real || right.Storage == StorageClass.Real)
        {
            // Time arithmetic (TIME * REAL) keeps its result in nanoseconds.
            if (TypeStorage.Of(result) == StorageClass.Long && !isComparison)
            {
                var ln = left.Storage == StorageClass.Long ? left.L! : null;
                var rn = right.Storage == StorageClass.Long ? right.L! : null;
                var ld = left.D;
                var rd = right.D;
                Func<Frame, double> x = ln is not null ? f => ln(f) : ld!;
                Func<Frame, double> y = rn is not null ? f => rn(f) : rd!;
                return op == BinaryOperator.Divide
                    ? CompiledExpression.Long(result, f => (long)Math.Round(x(f) / y(f)))
                    : CompiledExpression.Long(result, f => (long)Math.Round(x(f) * y(f)));
            }

            var p = Convert(left, ElementaryType.LReal).D!;
            var q = Convert(right, ElementaryType.LReal).D!;
            var single = TypeStorage.IsSinglePrecision(result);
            Func<Frame, double> arithmetic = op switch
            {
                BinaryOperator.Add => f => p(f) + q(f),
                BinaryOperator.Subtract => f => p(f) - q(f),
                BinaryOperator.Multiply => f => p(f) * q(f),
                BinaryOperator.Divide => f => p(f) / q(f),
                BinaryOperator.Power => f => Math.Pow(p(f), q(f)),
                BinaryOperator.Modulo => f => Math.IEEERemainder(p(f), q(f)),
                _ => null!,
            };
            return op switch
            {
                BinaryOperator.Equal => CompiledExpression.Long(result, f => p(f) == q(f) ? 1 : 0),
                BinaryOperator.NotEqual => CompiledExpression.Long(result, f => p(f) != q(f) ? 1 : 0),
                BinaryOperator.Less => CompiledExpression.Long(result, f => p(f) < q(f) ? 1 : 0),
                BinaryOperator.LessOrEqual => CompiledExpression.Long(result, f => p(f) <= q(f) ? 1 : 0),
                BinaryOperator.Greater => CompiledExpression.Long(result, f => p(f) > q(f) ? 1 : 0),
                BinaryOperator.GreaterOrEqual => CompiledExpression.Long(result, f => p(f) >= q(f) ? 1 : 0),
                _ when arithmetic is null => Unsupported(binary.Syntax, result, $"operator {op} on REAL is not supported"),
                _ => single ? CompiledExpression.Real(result, f => (float)arithmetic(f)) : CompiledExpression.Real(result, arithmetic),
            };
        }

        var l = left.L!;
        var r = right.L!;
        var wrap = TypeStorage.Wrapper(result) ?? (v => v);
        return op switch
        {
            BinaryOperator.Add => CompiledExpression.Long(result, f => wrap(l(f) + r(f))),
            BinaryOperator.Subtract => CompiledExpression.Long(result, f => wrap(l(f) - r(f))),
            BinaryOperator.Multiply => CompiledExpression.Long(result, f => wrap(l(f) * r(f))),
            BinaryOperator.Divide => CompiledExpression.Long(result, f =>
            {
                var divisor = r(f);
                return divisor == 0 ? throw new PlcRuntimeFault(RuntimeFaultKind.DivisionByZero, $"division by zero in {binary.Syntax.ToString().Trim()}", location) : wrap(l(f) / divisor);
            }),
            BinaryOperator.Modulo => CompiledExpression.Long(result, f =>
            {
                var divisor = r(f);
                return divisor == 0 ? throw new PlcRuntimeFault(RuntimeFaultKind.DivisionByZero, $"MOD by zero in {binary.Syntax.ToString().Trim()}", location) : wrap(l(f) % divisor);
            }),
            BinaryOperator.Power => CompiledExpression.Long(result, f => wrap((long)Math.Pow(l(f), r(f)))),
            BinaryOperator.And => CompiledExpression.Long(result, f => l(f) & r(f)),
            BinaryOperator.Or => CompiledExpression.Long(result, f => l(f) | r(f)),
            BinaryOperator.Xor => CompiledExpression.Long(result, f => l(f) ^ r(f)),
            BinaryOperator.Equal => CompiledExpression.Long(result, f => l(f) == r(f) ? 1 : 0),
            BinaryOperator.NotEqual => CompiledExpression.Long(result, f => l(f) != r(f) ? 1 : 0),
            BinaryOperator.Less => CompiledExpression.Long(result, f => l(f) < r(f) ? 1 : 0),
            BinaryOperator.LessOrEqual => CompiledExpression.Long(result, f => l(f) <= r(f) ? 1 : 0),
            BinaryOperator.Greater => CompiledExpression.Long(result, f => l(f) > r(f) ? 1 : 0),
            _ => CompiledExpression.Long(result, f => l(f) >= r(f) ? 1 : 0),
        };
    }
}
