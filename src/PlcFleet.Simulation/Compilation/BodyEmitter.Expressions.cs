using System.Globalization;
using System.Linq.Expressions;
using PlcFleet.StructuredText.Runtime;
using PlcFleet.StructuredText.Semantics.Binding;
using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;
using E = System.Linq.Expressions.Expression;

namespace PlcFleet.Simulation.Compilation;

internal sealed partial class BodyEmitter
{
    private const long NanosecondsPerMillisecond = 1_000_000;

    /// <summary>The value of an expression as long (BOOL, integers, enums, TIME in ns), double (REAL) or its object.</summary>
    public Expression Value(BoundExpression expression)
    {
        if (StackGuard.IsLow)
        {
            return StackGuard.OnFreshStack(() => Value(expression));
        }

        if (expression.Constant is { } constant && expression is not BoundVariable { Variable.IsConstant: false })
        {
            return Constant(expression.Type, constant);
        }

        switch (expression)
        {
            case BoundVariable or BoundMember or BoundIndex or BoundBitAccess or BoundDirectAddress or BoundDeref or BoundPropertyAccess:
                return Place(expression).Read;
            case BoundConversion { Operand.Constant: IntegerValue { Value: var zero } } conversion
                when zero == 0 && conversion.TargetType.Underlying is PointerType or InterfaceType:
                return E.Constant(null, TypeStorage.ClrType(conversion.TargetType)); // the literal 0 as the null pointer
            case BoundConversion conversion:
                return Convert(Value(conversion.Operand), conversion.Operand.Type, conversion.TargetType);
            case BoundUnary unary:
                return Unary(unary);
            case BoundBinary binary when IsComparison(binary.Operator) || IsShortCircuit(binary):
                return BoolToLong(Condition(binary));
            case BoundBinary binary:
                return Binary(binary);
            case BoundCall call:
                return Call(call);
            case BoundPouReference { Pou.Kind: PouKind.Program or PouKind.OrganizationBlock } program:
                return ReferenceEquals(program.Pou, _owner) ? _selfFrame : Slot(program.Type, _generator.ProgramSlot(program.Pou), "globals").Read;
            case BoundPouReference { Pou.Kind: PouKind.FunctionBlock }:
                // THIS as a value (handed to another block): a pointer to this instance.
                return E.Call(typeof(PlcPointer), nameof(PlcPointer.ToInstance), null, _selfFrame);
            default:
                return Unsupported(expression.Syntax, expression.Type, $"'{expression.Syntax.ToString().Trim()}' is not supported by the simulator");
        }
    }

    /// <summary>A BOOL expression as a .NET bool, so IF, WHILE and AND/OR chains compile to plain branches.</summary>
    public Expression Condition(BoundExpression expression)
    {
        if (StackGuard.IsLow)
        {
            return StackGuard.OnFreshStack(() => Condition(expression));
        }

        if (expression.Constant is { } constant && expression is not BoundVariable { Variable.IsConstant: false })
        {
            return E.Constant(CodeGenerator.ConstantLong(constant) != 0);
        }

        switch (expression)
        {
            case BoundUnary { Operator: UnaryOperator.Not } not when TypeStorage.IsBool(not.ResultType):
                return E.Not(Condition(not.Operand));
            case BoundBinary binary when IsComparison(binary.Operator):
                return Comparison(binary);
            case BoundBinary { Operator: BinaryOperator.And or BinaryOperator.Or or BinaryOperator.Xor } logic when TypeStorage.IsBool(logic.ResultType):
                var left = Condition(logic.Left);
                var right = Condition(logic.Right);
                return logic.Operator switch
                {
                    BinaryOperator.And => IsShortCircuit(logic) ? E.AndAlso(left, right) : E.And(left, right),
                    BinaryOperator.Or => IsShortCircuit(logic) ? E.OrElse(left, right) : E.Or(left, right),
                    _ => E.ExclusiveOr(left, right),
                };
            case BoundConversion conversion when TypeStorage.IsBool(conversion.Operand.Type):
                return Condition(conversion.Operand);
            default:
                return E.NotEqual(Convert(Value(expression), expression.Type, ElementaryType.Bool), E.Constant(0L));
        }
    }

    private static bool IsComparison(BinaryOperator op) => op is BinaryOperator.Equal or BinaryOperator.NotEqual or BinaryOperator.Less
        or BinaryOperator.LessOrEqual or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual;

    /// <summary>AND_THEN / OR_ELSE (CODESYS): the binder maps them to AND/OR; the syntax tells them apart.</summary>
    private static bool IsShortCircuit(BoundBinary binary) =>
        binary.Syntax.Kind is SyntaxKind.AndThenExpression or SyntaxKind.OrElseExpression;

    private static Expression Constant(StType type, ConstantValue constant) => TypeStorage.Of(type) switch
    {
        StorageClass.Long => E.Constant(CodeGenerator.ConstantLong(constant)),
        StorageClass.Real => E.Constant(TypeStorage.IsSinglePrecision(type) ? (float)CodeGenerator.ConstantReal(constant) : CodeGenerator.ConstantReal(constant)),
        _ => E.Constant(CodeGenerator.ConstantObject(constant), TypeStorage.ClrType(type) == typeof(string) ? typeof(string) : typeof(object)),
    };

    /// <summary>Wraps a long into the type's width (SINT 127 + 1 = -128) with the cast of the same .NET width.</summary>
    private static Expression Wrap(Expression value, StType type)
    {
        var underlying = type.Underlying is EnumType e ? e.BaseType : type.Underlying;
        if (underlying is not ElementaryType { IsIntegral: true } elementary || elementary.SizeInBits >= 64)
        {
            return value;
        }

        Type? width = (elementary.SizeInBits, elementary.IsSigned) switch
        {
            (8, true) => typeof(sbyte),
            (8, false) => typeof(byte),
            (16, true) => typeof(short),
            (16, false) => typeof(ushort),
            (32, true) => typeof(int),
            (32, false) => typeof(uint),
            _ => null,
        };
        if (elementary.SizeInBits == 1)
        {
            return BoolToLong(E.NotEqual(value, E.Constant(0L)));
        }

        return width is null
            ? E.Call(typeof(TypeStorage), nameof(TypeStorage.Wrap), null, value, E.Constant(type, typeof(StType)))
            : E.Convert(E.Convert(value, width), typeof(long));
    }

    /// <summary>Converts as assignment and *_TO_* do: REAL to integer rounds half to even, integers wrap, TIME counts in ms.</summary>
    public Expression Convert(Expression value, StType from, StType to)
    {
        var target = TypeStorage.Of(to);
        var fromDuration = TypeStorage.IsDuration(from);
        var toDuration = TypeStorage.IsDuration(to);
        if (target == StorageClass.Long)
        {
            if (TypeStorage.IsBool(to))
            {
                if (value.Type == typeof(long))
                {
                    return TypeStorage.IsBool(from) ? value : BoolToLong(E.NotEqual(value, E.Constant(0L)));
                }

                if (value.Type == typeof(double))
                {
                    return BoolToLong(E.NotEqual(value, E.Constant(0.0)));
                }
            }

            if (value.Type == typeof(long))
            {
                if (fromDuration == toDuration)
                {
                    return from.Underlying == to.Underlying ? value : Wrap(value, to);
                }

                return toDuration
                    ? E.Multiply(value, E.Constant(NanosecondsPerMillisecond))
                    : Wrap(E.Divide(value, E.Constant(NanosecondsPerMillisecond)), to);
            }

            if (value.Type == typeof(double))
            {
                return toDuration
                    ? E.Call(typeof(IntegerMath), nameof(IntegerMath.Round), null, E.Multiply(value, E.Constant((double)NanosecondsPerMillisecond)))
                    : Wrap(E.Call(typeof(IntegerMath), nameof(IntegerMath.Round), null, value), to);
            }

            return Wrap(E.Call(typeof(BodyEmitter), nameof(ParseInteger), null, E.Convert(value, typeof(object))), to);
        }

        if (target == StorageClass.Real)
        {
            var single = TypeStorage.IsSinglePrecision(to);
            Expression real = value.Type == typeof(double) ? value
                : value.Type == typeof(long) ? (fromDuration ? E.Divide(E.Convert(value, typeof(double)), E.Constant((double)NanosecondsPerMillisecond)) : E.Convert(value, typeof(double)))
                : E.Call(typeof(BodyEmitter), nameof(ParseReal), null, E.Convert(value, typeof(object)));
            return single && !(value.Type == typeof(double) && TypeStorage.IsSinglePrecision(from)) ? Single(real) : real;
        }

        if (to.Underlying is StringType bounded)
        {
            var text = value.Type == typeof(long)
                ? TypeStorage.IsBool(from)
                    ? E.Condition(E.NotEqual(value, E.Constant(0L)), E.Constant("TRUE"), E.Constant("FALSE"))
                    : E.Call(value, nameof(long.ToString), null, E.Constant(CultureInfo.InvariantCulture, typeof(IFormatProvider)))
                : value.Type == typeof(double)
                    ? E.Call(value, nameof(double.ToString), null, E.Constant(CultureInfo.InvariantCulture, typeof(IFormatProvider)))
                    : value.Type == typeof(string) ? value : E.Convert(value, typeof(string));

            // A STRING(n) holds at most n characters: a longer value is cut, as on the PLC.
            return from.Underlying is StringType source && source.MaxLength <= bounded.MaxLength
                ? text
                : E.Call(typeof(StringFunctions), nameof(StringFunctions.Truncate), null, text, E.Constant(bounded.MaxLength));
        }

        var clr = TypeStorage.ClrType(to);
        return value.Type == clr || clr == typeof(object) ? value : E.Convert(value, clr);
    }

    public static Expression BoolToLong(Expression condition) => E.Call(typeof(IntegerMath), nameof(IntegerMath.FromBool), null, condition);

    /// <summary>REAL arithmetic is single precision: every result is rounded to float and widened again.</summary>
    private static Expression Single(Expression value) => E.Convert(E.Convert(value, typeof(float)), typeof(double));

    public static long ParseInteger(object? text) => long.TryParse(text as string, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;

    public static double ParseReal(object? text) => double.TryParse(text as string, NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed) ? parsed : 0;

    private Expression Unary(BoundUnary unary)
    {
        var type = unary.ResultType;
        var operand = Convert(Value(unary.Operand), unary.Operand.Type, type);
        if (operand.Type == typeof(double))
        {
            return E.Negate(operand);
        }

        if (unary.Operator == UnaryOperator.Negate)
        {
            return Wrap(E.Negate(operand), type);
        }

        return TypeStorage.IsBool(type) ? E.ExclusiveOr(operand, E.Constant(1L)) : Wrap(E.Not(operand), type);
    }

    /// <summary>Both operands of a binary operator, converted to the operand type the binder chose.</summary>
    private (Expression Left, Expression Right) Operands(BoundBinary binary)
    {
        var left = Value(binary.Left);
        var right = Value(binary.Right);
        if (binary.OperandType is { } operandType)
        {
            left = Convert(left, binary.Left.Type, operandType);
            right = Convert(right, binary.Right.Type, operandType);
        }

        return (left, right);
    }

    private Expression Comparison(BoundBinary binary)
    {
        var (left, right) = Operands(binary);
        return Comparison(binary.Operator, left, right, binary.OperandType);
    }

    /// <summary>The comparison of two values already converted to the operand type (also GT(a, b, c) and MAX on temporaries).</summary>
    private static Expression Comparison(BinaryOperator op, Expression left, Expression right, StType? operandType)
    {
        if (left.Type == typeof(string) || right.Type == typeof(string))
        {
            var compare = E.Call(typeof(string), nameof(string.CompareOrdinal), null, E.Convert(left, typeof(string)), E.Convert(right, typeof(string)));
            return Compare(op, compare, E.Constant(0));
        }

        if (!left.Type.IsValueType || !right.Type.IsValueType)
        {
            // Pointers and interfaces compare by identity; a literal 0 on either side is the null pointer.
            Expression a = left.Type.IsValueType ? E.Constant(null) : E.Convert(left, typeof(object));
            Expression b = right.Type.IsValueType ? E.Constant(null) : E.Convert(right, typeof(object));
            var same = E.ReferenceEqual(a, b);
            return op == BinaryOperator.NotEqual ? E.Not(same) : same;
        }

        if (left.Type == typeof(double) || right.Type == typeof(double))
        {
            return Compare(op, left.Type == typeof(double) ? left : E.Convert(left, typeof(double)), right.Type == typeof(double) ? right : E.Convert(right, typeof(double)));
        }

        if (TypeStorage.IsUnsigned64(operandType))
        {
            return Compare(op, E.Convert(left, typeof(ulong)), E.Convert(right, typeof(ulong)));
        }

        return Compare(op, left, right);
    }

    private static Expression Compare(BinaryOperator op, Expression left, Expression right) => op switch
    {
        BinaryOperator.Equal => E.Equal(left, right),
        BinaryOperator.NotEqual => E.NotEqual(left, right),
        BinaryOperator.Less => E.LessThan(left, right),
        BinaryOperator.LessOrEqual => E.LessThanOrEqual(left, right),
        BinaryOperator.Greater => E.GreaterThan(left, right),
        _ => E.GreaterThanOrEqual(left, right),
    };

    private Expression Binary(BoundBinary binary)
    {
        var (left, right) = Operands(binary);
        var result = binary.ResultType;
        var op = binary.Operator;
        if (!left.Type.IsValueType || !right.Type.IsValueType)
        {
            return Unsupported(binary.Syntax, result, $"operator {op} on {binary.Left.Type.Name} is not supported by the simulator");
        }

        if (left.Type == typeof(double) || right.Type == typeof(double))
        {
            var x = left.Type == typeof(double) ? left : E.Convert(left, typeof(double));
            var y = right.Type == typeof(double) ? right : E.Convert(right, typeof(double));
            if (TypeStorage.Of(result) == StorageClass.Long)
            {
                // Time arithmetic (TIME * REAL) keeps its result in nanoseconds.
                var scaled = op == BinaryOperator.Divide ? E.Divide(x, y) : E.Multiply(x, y);
                return E.Call(typeof(IntegerMath), nameof(IntegerMath.Round), null, scaled);
            }

            Expression? arithmetic = op switch
            {
                BinaryOperator.Add => E.Add(x, y),
                BinaryOperator.Subtract => E.Subtract(x, y),
                BinaryOperator.Multiply => E.Multiply(x, y),
                BinaryOperator.Divide => E.Divide(x, y),
                BinaryOperator.Power => E.Call(typeof(Math), nameof(Math.Pow), null, x, y),
                BinaryOperator.Modulo => E.Call(typeof(Math), nameof(Math.IEEERemainder), null, x, y),
                _ => null,
            };
            if (arithmetic is null)
            {
                return Unsupported(binary.Syntax, result, $"operator {op} on REAL is not supported");
            }

            return TypeStorage.IsSinglePrecision(result) ? Single(arithmetic) : arithmetic;
        }

        // Only division can fault; the site's text is built for it alone (the text of every operator in a chain is quadratic).
        var site = op is BinaryOperator.Divide or BinaryOperator.Modulo ? E.Constant(new FaultSite(binary.Syntax.ToString().Trim(), _location)) : null;
        return op switch
        {
            BinaryOperator.Add => Wrap(E.Add(left, right), result),
            BinaryOperator.Subtract => Wrap(E.Subtract(left, right), result),
            BinaryOperator.Multiply => Wrap(E.Multiply(left, right), result),
            BinaryOperator.Divide => Wrap(E.Call(typeof(IntegerMath), nameof(IntegerMath.Divide), null, left, right, site!), result),
            BinaryOperator.Modulo => Wrap(E.Call(typeof(IntegerMath), nameof(IntegerMath.Modulo), null, left, right, site!), result),
            BinaryOperator.And => E.And(left, right),
            BinaryOperator.Or => E.Or(left, right),
            BinaryOperator.Xor => E.ExclusiveOr(left, right),

            // '**' always yields REAL or LREAL (the binder raises even CODESYS integers in REAL), so it never gets here.
            _ => Unsupported(binary.Syntax, result, $"operator {op} on {result.Name} is not supported by the simulator"),
        };
    }
}
