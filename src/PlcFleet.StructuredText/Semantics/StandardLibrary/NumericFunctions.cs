using PlcFleet.StructuredText.Semantics.Types;
using static PlcFleet.StructuredText.Semantics.StandardLibrary.Signatures;

namespace PlcFleet.StructuredText.Semantics.StandardLibrary;

/// <summary>ABS, SQRT, the logarithms and trigonometry, EXPT, and the arithmetic functions ADD, SUB, MUL, DIV, MOD, MOVE.</summary>
internal static class NumericFunctions
{
    private static readonly string[] RealFunctions = ["SQRT", "LN", "LOG", "EXP", "SIN", "COS", "TAN", "ASIN", "ACOS", "ATAN"];

    public static IEnumerable<StandardFunction> Create()
    {
        var num = GenericType.AnyNum;
        var real = GenericType.AnyReal;
        yield return new StandardFunction("ABS", FunctionGroup.Numeric, Generic(num, T("IN", num)));
        foreach (var name in RealFunctions)
        {
            yield return new StandardFunction(name, FunctionGroup.Numeric, Generic(real, T("IN", real)));
        }

        yield return new StandardFunction("ATAN2", FunctionGroup.Numeric, Generic(real, T("Y", real), T("X", real)));
        yield return new StandardFunction("EXPT", FunctionGroup.Numeric, Generic(real, T("IN1", real), In("IN2", num)));

        // ADD and MUL are extensible; the duration and date overloads come from the time arithmetic table.
        yield return new StandardFunction("ADD", FunctionGroup.Arithmetic,
            TimeOverloads(BinaryOperator.Add).Prepend(Extensible(num, null, "IN", 1)));
        yield return new StandardFunction("MUL", FunctionGroup.Arithmetic,
            TimeOverloads(BinaryOperator.Multiply).Prepend(Extensible(num, null, "IN", 1)));
        yield return new StandardFunction("SUB", FunctionGroup.Arithmetic,
            TimeOverloads(BinaryOperator.Subtract).Prepend(Generic(num, T("IN1", num), T("IN2", num))));
        yield return new StandardFunction("DIV", FunctionGroup.Arithmetic,
            TimeOverloads(BinaryOperator.Divide).Prepend(Generic(num, T("IN1", num), T("IN2", num))));
        yield return new StandardFunction("MOD", FunctionGroup.Arithmetic,
            Generic(GenericType.AnyInt, T("IN1", GenericType.AnyInt), T("IN2", GenericType.AnyInt)));
        yield return new StandardFunction("MOVE", FunctionGroup.Arithmetic, Generic(GenericType.Any, T("IN", GenericType.Any)));
    }

    internal static IEnumerable<FunctionSignature> TimeOverloads(BinaryOperator op) =>
        TimeArithmetic.Rules.Where(r => r.Operator == op)
            .Select(r => Fixed(r.Result, In("IN1", r.Left), In("IN2", r.Right ?? (StType)GenericType.AnyNum)));
}
