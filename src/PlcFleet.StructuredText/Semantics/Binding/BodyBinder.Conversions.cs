using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>
/// Implicit conversions at assignments and arguments. Widening is silent (DINT := INT, REAL := INT); narrowing an
/// integer is an error in every dialect (INT := DINT); CODESYS's silent DINT → REAL is a precision warning; strict
/// IEC refuses everything outside Figure 11. Untyped literals take the target type when their value fits.
/// </summary>
internal sealed partial class BodyBinder
{
    private BoundExpression ConvertForAssignment(BoundExpression value, StType type, SyntaxNode at, BoundExpression? target, string? targetName)
    {
        var result = Convert(value, type, at, out var problem);
        if (problem is not null)
        {
            Report(SemanticDiagnosticCodes.TypeMismatch, at, value.Type.Name, targetName ?? DescribeTarget(target!), type.Name, problem);
        }

        return result;
    }

    private BoundExpression ConvertArgument(BoundExpression value, StType type, SyntaxNode at, string parameter, string callee)
    {
        var result = Convert(value, type, at, out var problem);
        if (problem is not null)
        {
            Report(SemanticDiagnosticCodes.ArgumentTypeMismatch, at, $"{parameter} of {callee} expects {type.Name}, not {value.Type.Name}{problem}");
        }

        return result;
    }

    /// <summary>The converted value; <paramref name="problem"/> is non-null (a message suffix) when the conversion is not allowed.</summary>
    private BoundExpression Convert(BoundExpression value, StType type, SyntaxNode at, out string? problem)
    {
        problem = null;
        if (value.Type.IsError || type.IsError)
        {
            return value;
        }

        if (type.Underlying is not (ReferenceType or PointerType))
        {
            value = ImplicitDereference(value);
        }

        // pNext := 0, ipLogger := 0: the literal 0 is the null pointer, reference or interface in CODESYS and TwinCAT.
        if (value is BoundLiteral { IsUntyped: true, Value: IntegerValue { Value: var zero } } && zero == 0
            && type.Underlying is PointerType or InterfaceType && _mode == ConversionMode.Lenient)
        {
            return Wrap(value, type, new Conversion(ConversionKind.Lenient));
        }

        if (value is BoundLiteral { IsUntyped: true } literal && type.Underlying is ElementaryType or SubrangeType)
        {
            var fitted = ConstantConversion.FitUntyped(literal.Value, type);
            if (fitted.Value is { } v)
            {
                return new BoundLiteral(literal.Syntax, v, true);
            }

            problem = $": {fitted.Error}";
            return value;
        }

        // A size is known when the code is compiled and never negative: CODESYS and TwinCAT accept SIZEOF(x) into
        // any integer (MEMCPY's n : UDINT, a UINT length) like an untyped literal.
        if (value is BoundCall { Callee: VendorOperatorSymbol { Name: "SIZEOF" } } && type.Underlying is ElementaryType { IsIntegral: true })
        {
            return Wrap(value, type, new Conversion(ConversionKind.ImplicitWidening));
        }

        if (value is BoundCall { Resolution: not null } call && !value.Type.Equals(type) && RetypeLiteralGenericCall(call, type) is { } retyped)
        {
            return retyped;
        }

        var conversion = Conversions.Classify(value.Type, type);
        switch (conversion.Kind)
        {
            case ConversionKind.Identity:
                return value;
            case ConversionKind.ImplicitWidening:
                if (type is SubrangeType range && value.Constant is IntegerValue constant && !range.Contains((long)constant.Value))
                {
                    problem = $": {constant.Value} is outside {range.Name}";
                    return value;
                }

                return Wrap(value, type, conversion);
            case ConversionKind.Lenient when _mode == ConversionMode.Lenient:
                return LenientConversion(value, type, at, conversion, out problem);
            default:
                problem = ConversionHint(value.Type, type);
                return value;
        }
    }

    private BoundExpression LenientConversion(BoundExpression value, StType type, SyntaxNode at, Conversion conversion, out string? problem)
    {
        problem = null;
        var source = value.Type.Underlying;
        var target = type.Underlying;
        if (conversion.LosesPrecision && IsSameWidthSignChange(source, target) && _dialect == Dialect.Codesys)
        {
            // CODESYS accepts WORD := INT and INT := WORD with a warning (its counters' PV/CV are WORD): every bit
            // survives, only the reading of the top bit changes. Strict IEC and SCL still refuse it.
            Report(SemanticDiagnosticCodes.SignChange, at, source.Name, target.Name);
            return Wrap(value, type, conversion);
        }

        if (conversion.LosesPrecision && source is ElementaryType { IsIntegral: true } && target is ElementaryType { IsIntegral: true })
        {
            // INT := DINT compiles in CODESYS but silently truncates: the classic overflow bug on a counter.
            problem = ConversionHint(value.Type, type);
            return value;
        }

        if (conversion.LosesPrecision && source is ElementaryType { IsIntegral: true } && target is ElementaryType { IsReal: true })
        {
            Report(SemanticDiagnosticCodes.PrecisionLoss, at, source.Name, target.Name);
        }

        if (conversion.LosesPrecision && source is ElementaryType { IsReal: true } && target is ElementaryType { IsIntegral: true })
        {
            problem = ConversionHint(value.Type, type);
            return value;
        }

        return Wrap(value, type, conversion);
    }

    private static bool IsSameWidthSignChange(StType source, StType target) =>
        source is ElementaryType { IsIntegral: true } from && target is ElementaryType { IsIntegral: true } to
        && from.Kind != ElementaryTypeKind.Bool && to.Kind != ElementaryTypeKind.Bool
        && from.SizeInBits == to.SizeInBits && from.IsSigned != to.IsSigned;

    private static string ConversionHint(StType source, StType target)
    {
        var function = ConversionFunctionTable.Find(source.Underlying, target.Underlying);
        return function is null ? string.Empty : $"; use {function.FunctionName} to convert explicitly";
    }

    private static BoundConversion Wrap(BoundExpression value, StType type, Conversion conversion)
    {
        ConstantValue? constant = null;
        if (value.Constant is { } c && type.Underlying is ElementaryType)
        {
            constant = ConstantConversion.Convert(c, type).Value;
        }

        return new BoundConversion(value.Syntax, value, type, conversion, constant);
    }
}
