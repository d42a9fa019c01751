namespace PlcFleet.StructuredText.Semantics.Types;

/// <summary>
/// The type rules of ST's operators. Arithmetic works in the common type of both operands (INT + REAL is REAL);
/// durations and dates follow <see cref="TimeArithmetic"/>; comparisons give BOOL; AND/OR/XOR need bit strings.
/// </summary>
public static class OperatorTyping
{
    public static OperatorResolution Binary(BinaryOperator op, StType left, StType right, ConversionMode mode = ConversionMode.Strict)
    {
        if (left.IsError || right.IsError)
        {
            return OperatorResolution.Ok(IsComparison(op) ? ElementaryType.Bool : ErrorType.Instance, ErrorType.Instance);
        }

        return op switch
        {
            BinaryOperator.Add or BinaryOperator.Subtract or BinaryOperator.Multiply or BinaryOperator.Divide =>
                Arithmetic(op, left, right, mode),
            BinaryOperator.Modulo => Numeric(op, left, right, mode, GenericType.AnyInt),
            BinaryOperator.Power => Power(left, right, mode),
            BinaryOperator.And or BinaryOperator.Or or BinaryOperator.Xor => Bitwise(op, left, right, mode),
            _ => Comparison(op, left, right, mode),
        };
    }

    public static OperatorResolution Unary(UnaryOperator op, StType operand, ConversionMode mode = ConversionMode.Strict)
    {
        if (operand.IsError)
        {
            return OperatorResolution.Ok(ErrorType.Instance, ErrorType.Instance);
        }

        var type = operand.Underlying;
        return op switch
        {
            UnaryOperator.Negate when GenericType.AnySigned.Includes(type) || GenericType.AnyReal.Includes(type)
                || GenericType.AnyDuration.Includes(type) => OperatorResolution.Ok(type, type),
            UnaryOperator.Negate when GenericType.AnyUnsigned.Includes(type) && mode == ConversionMode.Lenient =>
                OperatorResolution.Ok(type, type),
            UnaryOperator.Not when GenericType.AnyBit.Includes(type)
                || (mode == ConversionMode.Lenient && GenericType.AnyInt.Includes(type)) => OperatorResolution.Ok(type, type),
            UnaryOperator.Negate => OperatorResolution.Fail($"'-' needs a signed number or a duration, not {operand.Name}"),
            _ => OperatorResolution.Fail($"NOT needs BOOL or a bit string (BYTE, WORD...), not {operand.Name}"),
        };
    }

    public static bool IsComparison(BinaryOperator op) =>
        op is BinaryOperator.Equal or BinaryOperator.NotEqual or BinaryOperator.Less or BinaryOperator.LessOrEqual
            or BinaryOperator.Greater or BinaryOperator.GreaterOrEqual;

    public static string Symbol(BinaryOperator op) => op switch
    {
        BinaryOperator.Add => "+",
        BinaryOperator.Subtract => "-",
        BinaryOperator.Multiply => "*",
        BinaryOperator.Divide => "/",
        BinaryOperator.Modulo => "MOD",
        BinaryOperator.Power => "**",
        BinaryOperator.And => "AND",
        BinaryOperator.Or => "OR",
        BinaryOperator.Xor => "XOR",
        BinaryOperator.Equal => "=",
        BinaryOperator.NotEqual => "<>",
        BinaryOperator.Less => "<",
        BinaryOperator.LessOrEqual => "<=",
        BinaryOperator.Greater => ">",
        _ => ">=",
    };

    private static OperatorResolution Arithmetic(BinaryOperator op, StType left, StType right, ConversionMode mode)
    {
        if (IsNumber(left, mode) && IsNumber(right, mode))
        {
            return Numeric(op, left, right, mode, GenericType.AnyNum);
        }

        if (TimeArithmetic.Find(op, left, right) is { } rule)
        {
            return OperatorResolution.Ok(rule.Result, null);
        }

        // CODESYS pointer arithmetic: pData + nOffset, pData - 1 (in bytes).
        if (mode == ConversionMode.Lenient && op is BinaryOperator.Add or BinaryOperator.Subtract
            && left.Underlying is PointerType && GenericType.AnyInt.Includes(right.Underlying))
        {
            return OperatorResolution.Ok(left, null);
        }

        return OperatorResolution.Fail($"'{Symbol(op)}' is not defined for {left.Name} and {right.Name}");
    }

    // CODESYS does arithmetic on BYTE/WORD/DWORD/LWORD as unsigned numbers; the standard does not.
    private static bool IsNumber(StType type, ConversionMode mode, GenericType? category = null) =>
        (category ?? GenericType.AnyNum).Includes(type)
        || (mode == ConversionMode.Lenient && GenericType.AnyBit.Includes(type) && type.Underlying != ElementaryType.Bool);

    private static OperatorResolution Numeric(BinaryOperator op, StType left, StType right, ConversionMode mode, GenericType category)
    {
        if (!IsNumber(left, mode, category) || !IsNumber(right, mode, category))
        {
            var bad = IsNumber(left, mode, category) ? right : left;
            return OperatorResolution.Fail($"'{Symbol(op)}' needs {category.Name} operands, not {bad.Name}");
        }

        return Conversions.CommonType(left, right, mode) is { } common
            ? OperatorResolution.Ok(common, common)
            : OperatorResolution.Fail(NoCommonType(op, left, right));
    }

    private static OperatorResolution Power(StType left, StType right, ConversionMode mode)
    {
        // EXPT: the base must be real (ANY_REAL); CODESYS also raises integers, in REAL.
        if (!GenericType.AnyNum.Includes(right))
        {
            return OperatorResolution.Fail($"'**' needs a numeric exponent, not {right.Name}");
        }

        if (GenericType.AnyReal.Includes(left))
        {
            return OperatorResolution.Ok(left.Underlying, left.Underlying);
        }

        return mode == ConversionMode.Lenient && GenericType.AnyInt.Includes(left)
            ? OperatorResolution.Ok(ElementaryType.Real, ElementaryType.Real)
            : OperatorResolution.Fail($"'**' needs a REAL or LREAL base, not {left.Name}; convert it with {left.Name}_TO_REAL");
    }

    private static OperatorResolution Bitwise(BinaryOperator op, StType left, StType right, ConversionMode mode)
    {
        // CODESYS also applies AND/OR/XOR bitwise to integers.
        bool Accepts(StType t) => GenericType.AnyBit.Includes(t) || (mode == ConversionMode.Lenient && GenericType.AnyInt.Includes(t));
        if (!Accepts(left) || !Accepts(right))
        {
            var bad = Accepts(left) ? right : left;
            return OperatorResolution.Fail($"{Symbol(op)} needs BOOL or bit-string operands, not {bad.Name}");
        }

        return Conversions.CommonType(left, right, mode) is { } common
            ? OperatorResolution.Ok(common, common)
            : OperatorResolution.Fail(NoCommonType(op, left, right));
    }

    private static OperatorResolution Comparison(BinaryOperator op, StType left, StType right, ConversionMode mode)
    {
        var l = left.Underlying;
        var r = right.Underlying;
        var equality = op is BinaryOperator.Equal or BinaryOperator.NotEqual;
        var comparable = GenericType.AnyElementary.Includes(l)
            || (l is EnumType && (equality || mode == ConversionMode.Lenient))
            || (l is PointerType or NullType && equality)
            || (l is InterfaceType && equality);
        if (!comparable)
        {
            return OperatorResolution.Fail($"'{Symbol(op)}' cannot compare values of type {left.Name}");
        }

        var common = Conversions.CommonType(left, right, mode);
        return common is null
            ? OperatorResolution.Fail($"cannot compare {left.Name} with {right.Name}")
            : OperatorResolution.Ok(ElementaryType.Bool, common);
    }

    private static string NoCommonType(BinaryOperator op, StType left, StType right) =>
        $"'{Symbol(op)}' has no common type for {left.Name} and {right.Name}; convert one side explicitly";
}
