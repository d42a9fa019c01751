using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Declarations;

/// <summary>
/// Folds the constant expressions of declarations: array bounds (ARRAY[1..MAX_ALARMS]), string lengths, subranges,
/// enum values, task intervals and CONSTANT initial values. Names resolve to CONSTANT variables (evaluated on
/// demand, cycles give null) and enum values. Null means "not constant"; the caller decides what to report.
/// </summary>
internal sealed class ConstantEvaluator(GlobalSymbols globals, Func<VariableSymbol, ConstantValue?> constantOf)
{
    public ConstantValue? Evaluate(ExpressionSyntax expression, PouSymbol? scope)
    {
        switch (expression)
        {
            case LiteralExpressionSyntax literal:
                return LiteralReader.Read(literal).Value;
            case TypedLiteralExpressionSyntax typed:
                return TypedOrEnum(typed);
            case ParenthesizedExpressionSyntax parenthesized:
                return Evaluate(parenthesized.Expression, scope);
            case UnaryExpressionSyntax unary:
                var operand = Evaluate(unary.Operand, scope);
                if (operand is null || unary.Kind == SyntaxKind.UnaryPlusExpression)
                {
                    return operand;
                }

                var op = unary.Kind == SyntaxKind.NotExpression ? UnaryOperator.Not : UnaryOperator.Negate;
                return ConstantFolder.Unary(op, operand, ConversionMode.Lenient).Value;
            case BinaryExpressionSyntax binary:
                var left = Evaluate(binary.Left, scope);
                var right = left is null ? null : Evaluate(binary.Right, scope);
                return right is null ? null
                    : ConstantFolder.Binary(LiteralReader.BinaryOperatorOf(binary.Kind), left!, right, ConversionMode.Lenient).Value;
            case IdentifierNameSyntax identifier:
                return Name(identifier.Identifier.Text, scope);
            case LocalNameSyntax local:
                return Name(local.Identifier.Text, scope);
            case MemberAccessExpressionSyntax { Expression: IdentifierNameSyntax type } member:
                return EnumValue(Names.Of(type.Identifier), Names.Of(member.Member));
            default:
                return null;
        }
    }

    public long? EvaluateInteger(ExpressionSyntax expression, PouSymbol? scope) =>
        Evaluate(expression, scope) switch
        {
            IntegerValue integer when integer.Value >= long.MinValue && integer.Value <= long.MaxValue => (long)integer.Value,
            EnumValue e => e.Member.Value,
            _ => null,
        };

    private ConstantValue? TypedOrEnum(TypedLiteralExpressionSyntax typed)
    {
        if (typed.Value is IdentifierNameSyntax member)
        {
            return EnumValue(Names.Of(typed.TypeName), Names.Of(member.Identifier));
        }

        return LiteralReader.Read(typed).Value;
    }

    private ConstantValue? Name(string name, PouSymbol? scope)
    {
        for (var pou = scope; pou is not null; pou = pou.Parent)
        {
            if (pou.FindVariable(name) is { } local)
            {
                return local.IsConstant ? constantOf(local) : null;
            }
        }

        if (globals.FindVariable(name) is { IsConstant: true } global)
        {
            return constantOf(global);
        }

        return globals.FindEnumMember(name)?.Value;
    }

    private EnumValue? EnumValue(string typeName, string memberName)
    {
        if (globals.FindType(typeName)?.Type is EnumType enumType && enumType.FindMember(memberName) is { } member)
        {
            return new EnumValue(enumType, member);
        }

        return null;
    }
}
