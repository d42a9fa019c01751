using System.Globalization;
using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>
/// Array and structure initializers: every element is checked against its element or member type and must be a
/// constant, so the simulator starts the variable exactly as the PLC would instead of at zero.
/// </summary>
internal sealed partial class BodyBinder
{
    private InitialAggregate? BindAggregate(ExpressionSyntax syntax, StType type, string name)
    {
        switch (syntax)
        {
            case ArrayInitializerSyntax array when type.Underlying is ArrayType arrayType:
                return arrayType.HasVariableBounds ? null : BindArrayInitializer(array, arrayType, name);
            case StructInitializerSyntax structure when type.Underlying is StructType structType:
                return BindStructInitializer(structure, structType, name);
            case PositionalInitializerSyntax positional when type.Underlying is StructType positionalType:
                return BindPositionalInitializer(positional, positionalType, name);
            case PositionalInitializerSyntax:
                Report(SemanticDiagnosticCodes.InitializerShape, syntax, "a positional initializer (a, b, ...)", name, type.Name);
                return null;
            case StructInitializerSyntax structure when type.Underlying is FunctionBlockType blockType:
                return BindBlockInitializer(structure, blockType, name);
            case ArrayInitializerSyntax:
                Report(SemanticDiagnosticCodes.InitializerShape, syntax, "an array initializer [...]", name, type.Name);
                return null;
            case StructInitializerSyntax:
                Report(SemanticDiagnosticCodes.InitializerShape, syntax, "a structure initializer (member := ...)", name, type.Name);
                return null;
            case RepeatedInitializerSyntax:
                Report(SemanticDiagnosticCodes.InitializerShape, syntax, "a repetition n(...)", name, type.Name);
                return null;
            default:
                return BindScalarInitializer(syntax, type, name);
        }
    }

    private InitialScalar? BindScalarInitializer(ExpressionSyntax syntax, StType type, string name)
    {
        if (type.Underlying is ArrayType or StructType or FunctionBlockType)
        {
            Report(SemanticDiagnosticCodes.InitializerShape, syntax, "a single value", name, type.Name);
            return null;
        }

        var bound = ConvertForAssignment(BindExpression(syntax), type, syntax, name);
        if (bound.HasErrors)
        {
            return null;
        }

        // A literal widened to the element type ('E-Stop' into STRING(40)) is still a constant.
        var constant = bound.Constant
            ?? (bound is BoundConversion { Operand.Constant: { } operand } ? ConstantConversion.Convert(operand, type).Value : null);
        if (constant is null)
        {
            Report(SemanticDiagnosticCodes.NotConstant, syntax, $"the initial value of '{name}'");
            return null;
        }

        return new InitialScalar(type, constant);
    }

    private InitialArray BindArrayInitializer(ArrayInitializerSyntax syntax, ArrayType type, string name)
    {
        var elements = new List<InitialAggregate?>();
        var capacity = type.ElementCount;
        foreach (var element in syntax.Elements)
        {
            var (count, value) = element is RepeatedInitializerSyntax repeated
                ? (RepeatCount(repeated), repeated.Value)
                : (1, element);
            if (elements.Count + count > capacity)
            {
                Report(SemanticDiagnosticCodes.TooManyInitializers, element, name, type.Name, capacity, capacity == 1 ? string.Empty : "s");
                break;
            }

            // n() repeats the element's default value.
            var bound = value is null ? null : BindAggregate(value, type.ElementType, ElementName(name, type, elements.Count));
            elements.AddRange(Enumerable.Repeat(bound, (int)count));
        }

        return new InitialArray(type, elements);
    }

    /// <summary>aGrid[2, 1] for the flat (row-major) position of an element, so a diagnostic names the element.</summary>
    private static string ElementName(string name, ArrayType type, long position)
    {
        var subscripts = new long[type.Dimensions.Count];
        for (var d = subscripts.Length - 1; d >= 0; d--)
        {
            var dimension = type.Dimensions[d];
            subscripts[d] = dimension.Lower + (position % dimension.Length);
            position /= dimension.Length;
        }

        return $"{name}[{string.Join(", ", subscripts)}]";
    }

    private static long RepeatCount(RepeatedInitializerSyntax repeated) =>
        long.TryParse(repeated.Count.Text.Replace("_", string.Empty, StringComparison.Ordinal), NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? count
            : 0;

    private InitialStruct BindStructInitializer(StructInitializerSyntax syntax, StructType type, string name)
    {
        var fields = type.AllFields.ToList();
        var members = new List<InitialMember>();
        foreach (var member in syntax.Members)
        {
            var field = fields.FirstOrDefault(f => string.Equals(f.Name, member.Name.Text, StringComparison.OrdinalIgnoreCase));
            if (field is null)
            {
                Report(SemanticDiagnosticCodes.UnknownMember, member.Name, type.Name, member.Name.Text, string.Join(", ", fields.Select(f => f.Name)));
                continue;
            }

            AddMember(members, member, field.Name, field.Type, name);
        }

        return new InitialStruct(type, members);
    }

    /// <summary>
    /// tonDoor : TON := (PT := T#2S): the initial values of a block instance's inputs, outputs and VAR members. VAR_IN_OUT
    /// (a reference the caller connects) and VAR_TEMP (reset on every call) cannot take one; neither can a standard
    /// block's outputs, which the block itself computes.
    /// </summary>
    private InitialBlock BindBlockInitializer(StructInitializerSyntax syntax, FunctionBlockType type, string name)
    {
        var members = new List<InitialMember>();
        var block = _context.Members.BlockOf(type);
        var isStandard = block is null;
        foreach (var member in syntax.Members)
        {
            var field = type.FindMember(member.Name.Text);
            if (field is null)
            {
                Report(SemanticDiagnosticCodes.UnknownMember, member.Name, type.Name, member.Name.Text,
                    string.Join(", ", type.Members.Where(m => IsInitializable(m, isStandard)).Select(m => m.Name)));
                continue;
            }

            if (!IsInitializable(field, isStandard))
            {
                Report(SemanticDiagnosticCodes.NotAssignable, member.Name, $"'{name}.{field.Name}', {KindName(field.Kind)} of {type.Name},");
                continue;
            }

            var variable = block?.AllVariables().FirstOrDefault(v => string.Equals(v.Name, field.Name, StringComparison.OrdinalIgnoreCase));
            if (variable is { IsConstant: true })
            {
                Report(SemanticDiagnosticCodes.AssignToConstant, member.Name, variable.Name);
                continue;
            }

            if (variable is not null)
            {
                // The instance's initializer writes the member, so a block VAR set only here is not "never written".
                _context.Usage.Record(variable, VariableUsage.Written);
            }

            AddMember(members, member, field.Name, field.Type, name);
        }

        return new InitialBlock(type, members);
    }

    /// <summary>Binds one <c>member := value</c> of a struct or block initializer; a member named twice is reported.</summary>
    private void AddMember(List<InitialMember> members, MemberInitializerSyntax member, string fieldName, StType fieldType, string name)
    {
        if (members.Any(m => string.Equals(m.Name, fieldName, StringComparison.OrdinalIgnoreCase)))
        {
            Report(SemanticDiagnosticCodes.DuplicateDeclaration, member.Name, "initial value of member", fieldName, $" in the initializer of '{name}'");
        }
        else if (BindAggregate(member.Value, fieldType, $"{name}.{fieldName}") is { } value)
        {
            members.Add(new InitialMember(fieldName, value));
        }
    }

    /// <summary>(32, (), 43): values in field order; an empty () keeps the field's default.</summary>
    private InitialStruct BindPositionalInitializer(PositionalInitializerSyntax syntax, StructType type, string name)
    {
        var fields = type.AllFields.ToList();
        if (syntax.Values.Count > fields.Count)
        {
            Report(SemanticDiagnosticCodes.TooManyInitializers, syntax, name, type.Name, fields.Count, fields.Count == 1 ? string.Empty : "s");
        }

        var members = new List<InitialMember>();
        for (var i = 0; i < Math.Min(fields.Count, syntax.Values.Count); i++)
        {
            if (syntax.Values[i] is StructInitializerSyntax { Members.Count: 0 })
            {
                continue;
            }

            if (BindAggregate(syntax.Values[i], fields[i].Type, $"{name}.{fields[i].Name}") is { } value)
            {
                members.Add(new InitialMember(fields[i].Name, value));
            }
        }

        return new InitialStruct(type, members);
    }

    private static bool IsInitializable(FunctionBlockMember member, bool isStandard) =>
        isStandard ? member.Kind == VariableKind.Input : member.Kind is not (VariableKind.InOut or VariableKind.Temp);

    private static string KindName(VariableKind kind) => kind switch
    {
        VariableKind.Input => "an input",
        VariableKind.Output => "an output",
        VariableKind.InOut => "a VAR_IN_OUT",
        VariableKind.Temp => "a VAR_TEMP",
        _ => "a local",
    };
}
