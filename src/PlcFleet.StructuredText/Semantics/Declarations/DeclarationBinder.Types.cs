using PlcFleet.StructuredText.Semantics.StandardLibrary;
using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Declarations;

/// <summary>Type resolution: named types on demand (forward references across files), cycles through aliases end in the error type.</summary>
internal sealed partial class DeclarationBinder
{
    private readonly HashSet<TypeSymbol> _resolving = [];
    private readonly HashSet<TypeSymbol> _resolved = [];
    private int _anonymous;

    private StType EnsureResolved(TypeSymbol symbol)
    {
        if (_resolved.Contains(symbol) || !_resolving.Add(symbol))
        {
            return symbol.Type; // done, or a cycle (the placeholder of a struct, or the error type of an alias)
        }

        var definition = symbol.Definition;
        symbol.Type = definition.Type switch
        {
            StructTypeSyntax or UnionTypeSyntax => DefineStruct(symbol, definition),
            EnumTypeSyntax enumSyntax => DefineEnum(symbol.Name, enumSyntax, register: true),
            NamedTypeSyntax => new AliasType(symbol.Name, ResolveType(definition.Type, null, symbol.Name)),
            _ => ResolveType(definition.Type, null, symbol.Name),
        };
        _resolving.Remove(symbol);
        _resolved.Add(symbol);
        return symbol.Type;
    }

    public StType ResolveType(TypeSyntax syntax, PouSymbol? scope, string context)
    {
        switch (syntax)
        {
            case NamedTypeSyntax named:
                return ResolveNamed(named.Name);
            case QualifiedTypeSyntax qualified:
                // Namespace and library members are declared by their simple names (see WithNamespaceMembers).
                return ResolveNamed(qualified.TypeName);
            case StringTypeSyntax text:
                var wide = text.Keyword.Kind == SyntaxKind.WstringKeyword;
                if (text.Length is null)
                {
                    return wide ? StringType.WString : StringType.String;
                }

                var length = _evaluator.EvaluateInteger(text.Length, scope);
                if (length is null or < 1 or > 65535)
                {
                    _diagnostics.Report(SemanticDiagnosticCodes.NotConstant, text.Length, "the string length");
                    return wide ? StringType.WString : StringType.String;
                }

                return new StringType(wide, (int)length.Value);
            case ArrayTypeSyntax array:
                return ResolveArray(array, scope, context);
            case PointerTypeSyntax pointer:
                return new PointerType(ResolveType(pointer.TargetType, scope, context));
            case ReferenceTypeSyntax reference:
                return new ReferenceType(ResolveType(reference.TargetType, scope, context));
            case RefToTypeSyntax refTo:
                // IEC REF_TO is explicit: read through '^', compared with NULL, so it behaves as a typed pointer.
                return new PointerType(ResolveType(refTo.TargetType, scope, context));
            case InstanceArgumentsTypeSyntax instance:
                // The arguments go to the block's FB_init when the instance is created; the variable's type is the block.
                return ResolveType(instance.BlockType, scope, context);
            case SubrangeTypeSyntax subrange:
                return ResolveSubrange(subrange, scope, context);
            case EnumTypeSyntax enumSyntax:
                return DefineEnum($"{context}#enum{++_anonymous}", enumSyntax, register: false);
            case StructTypeSyntax or UnionTypeSyntax:
                var anonymous = new StructType($"{context}#struct{++_anonymous}");
                anonymous.Define(DefineFields(anonymous, syntax is StructTypeSyntax s ? s.Members : ((UnionTypeSyntax)syntax).Members, scope));
                return anonymous;
            default:
                return ErrorType.Instance;
        }
    }

    private StType ResolveNamed(SyntaxToken nameToken)
    {
        if (nameToken.IsMissing)
        {
            return ErrorType.Instance; // the parser already reported it
        }

        var name = Names.Of(nameToken);
        if (BuiltInTypes.TryLookup(name, out var builtIn))
        {
            return builtIn;
        }

        if (_globals.FindType(name) is { } type)
        {
            return EnsureResolved(type);
        }

        if (_globals.FindPou(name) is { InstanceType: { } instanceType })
        {
            return instanceType;
        }

        if (StandardCatalog.TryGetFunctionBlock(name, out var block)
            || (SiemensTypeNames.StandardNameOf(name) is { } standard && StandardCatalog.TryGetFunctionBlock(standard, out block)))
        {
            return StandardFunctionBlocks.InDialect(block, nameToken.Parent?.SyntaxTree?.Dialect ?? Dialect.Iec);
        }

        if (nameToken.Parent?.SyntaxTree is { } tree)
        {
            _unresolved.Report(SemanticDiagnosticCodes.UnknownType, name, tree.Source, nameToken.Span);
        }

        return ErrorType.Instance;
    }

    private StType ResolveArray(ArrayTypeSyntax array, PouSymbol? scope, string context)
    {
        var dimensions = new List<ArrayDimension>(array.Dimensions.Count);
        var valid = true;
        foreach (var dimension in array.Dimensions)
        {
            if (dimension.Star is not null || dimension.Lower is null || dimension.Upper is null)
            {
                dimensions.Add(ArrayDimension.Variable);
                continue;
            }

            var lower = _evaluator.EvaluateInteger(dimension.Lower, scope);
            var upper = _evaluator.EvaluateInteger(dimension.Upper, scope);
            if (lower is null || upper is null || upper < lower)
            {
                _diagnostics.Report(SemanticDiagnosticCodes.NotConstant, dimension, "an array bound");
                valid = false;
                continue;
            }

            dimensions.Add(new ArrayDimension(lower.Value, upper.Value));
        }

        var element = ResolveType(array.ElementType, scope, context);
        return valid && dimensions.Count > 0 && !element.IsError ? new ArrayType(dimensions, element) : ErrorType.Instance;
    }

    private StType ResolveSubrange(SubrangeTypeSyntax subrange, PouSymbol? scope, string context)
    {
        var baseType = ResolveType(subrange.BaseType, scope, context);
        if (baseType.Underlying is not ElementaryType { IsInteger: true } integer || subrange.Range is not RangeExpressionSyntax range)
        {
            return baseType;
        }

        var lower = _evaluator.EvaluateInteger(range.Lower, scope);
        var upper = _evaluator.EvaluateInteger(range.Upper, scope);
        if (lower is null || upper is null || upper < lower)
        {
            _diagnostics.Report(SemanticDiagnosticCodes.NotConstant, range, "a subrange bound");
            return integer;
        }

        return new SubrangeType(integer, lower.Value, upper.Value);
    }

    private StructType DefineStruct(TypeSymbol symbol, TypeDefinitionSyntax definition)
    {
        var structure = new StructType(symbol.Name);
        symbol.Type = structure; // placeholder first: fields may point back to the struct
        StructType? baseType = null;
        if (definition.Extends is { } extends && extends.BaseTypes.Count > 0)
        {
            baseType = ResolveNamed(extends.BaseTypes[0]) as StructType;
        }

        var members = definition.Type is StructTypeSyntax s ? s.Members : ((UnionTypeSyntax)definition.Type).Members;
        var fields = DefineFields(structure, members, null);
        if (baseType is not null)
        {
            foreach (var field in baseType.AllFields)
            {
                if (_members.FindMember(baseType, field.Name) is { } inherited)
                {
                    _members.RegisterField(structure, inherited);
                }
            }
        }

        structure.Define(fields, baseType);
        return structure;
    }

    private List<StructField> DefineFields(StructType owner, IReadOnlyList<VariableDeclarationSyntax> members, PouSymbol? scope)
    {
        var fields = new List<StructField>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var declaration in members)
        {
            var fieldType = ResolveType(declaration.Type, scope, owner.Name);
            foreach (var name in declaration.Names)
            {
                if (name.IsMissing)
                {
                    continue;
                }

                var fieldName = Names.Of(name);
                if (!seen.Add(fieldName))
                {
                    ReportDuplicate("struct member", name, null);
                    continue;
                }

                var field = new VariableSymbol(fieldName, VariableStorage.Member, declaration, name, null, false, declaration.At?.Address.Text)
                {
                    Type = fieldType,
                    Initializer = declaration.Initializer,
                };
                fields.Add(new StructField(fieldName, fieldType));
                _members.RegisterField(owner, field);
                if (declaration.Initializer is not null)
                {
                    _initializedFields.Add(field);
                }
            }
        }

        return fields;
    }

    private EnumType DefineEnum(string name, EnumTypeSyntax syntax, bool register)
    {
        var values = new List<(string Name, long? Value)>(syntax.Values.Count);
        var declarations = new List<EnumValueSyntax>(syntax.Values.Count);
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var value in syntax.Values)
        {
            if (value.Name.IsMissing)
            {
                continue;
            }

            var memberName = Names.Of(value.Name);
            if (!seen.Add(memberName))
            {
                ReportDuplicate("enum value", value.Name, null);
                continue;
            }

            long? explicitValue = value.Initializer is { } init ? _evaluator.EvaluateInteger(init.Value, null) : null;
            values.Add((memberName, explicitValue));
            declarations.Add(value);
        }

        var baseType = syntax.BaseType is { } b ? ResolveType(b, null, name).Underlying as ElementaryType : null;
        var enumType = new EnumType(name, values, baseType is { IsIntegral: true } ? baseType : null);
        for (var i = 0; i < enumType.Members.Count; i++)
        {
            var member = new EnumMemberSymbol(enumType, enumType.Members[i], declarations[i]);
            _members.RegisterEnumMember(member);
            if (register)
            {
                _globals.AddEnumMember(member);
            }
        }

        return enumType;
    }
}
