using PlcFleet.StructuredText.Runtime;
using PlcFleet.StructuredText.Semantics.Declarations;
using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Binding;

/// <summary>Expressions: literals, names, member and index access, operators with their common type and constant folding.</summary>
internal sealed partial class BodyBinder
{
    private BoundExpression BindExpression(ExpressionSyntax syntax) => Bind(syntax, VariableUsage.Read);

    /// <summary>Binds the left side of an assignment or an output/in-out argument: it must denote storage.</summary>
    private BoundExpression BindTarget(ExpressionSyntax syntax, VariableUsage usage)
    {
        var target = Bind(syntax, usage);
        if (target.Type.IsError || target is BoundVariable or BoundMember or BoundIndex or BoundDeref or BoundBitAccess
            or BoundPropertyAccess or BoundDirectAddress or BoundError)
        {
            return target;
        }

        Report(SemanticDiagnosticCodes.NotAssignable, syntax, target is BoundLiteral or BoundEnumValue ? "a constant" : $"'{syntax}'");
        return target;
    }

    private BoundExpression Bind(ExpressionSyntax syntax, VariableUsage usage)
    {
        if (StackGuard.IsLow)
        {
            return StackGuard.OnFreshStack(() => Bind(syntax, usage));
        }

        switch (syntax)
        {
            case LiteralExpressionSyntax literal:
                return BindLiteral(literal, LiteralReader.Read(literal));
            case TypedLiteralExpressionSyntax typed:
                return BindTypedLiteral(typed);
            case IdentifierNameSyntax identifier:
                return BindName(identifier, identifier.Identifier, usage);
            case LocalNameSyntax local:
                return BindName(local, local.Identifier, usage, localOnly: true);
            case ParenthesizedExpressionSyntax parenthesized:
                return Bind(parenthesized.Expression, usage);
            case MemberAccessExpressionSyntax member:
                return BindMemberAccess(member, usage);
            case ElementAccessExpressionSyntax element:
                return BindElementAccess(element, usage);
            case DereferenceExpressionSyntax deref:
                return BindDereference(deref, usage);
            case InvocationExpressionSyntax invocation:
                return BindCallExpression(invocation);
            case BinaryExpressionSyntax binary:
                return BindBinary(binary);
            case UnaryExpressionSyntax unary:
                return BindUnary(unary);
            case DirectAddressSyntax address:
                return new BoundDirectAddress(address, address.Address.Text, AddressType(address.Address.Text));
            default:
                // Ranges and initializers outside declarations and CASE labels: the parser only makes them there.
                return new BoundError(syntax, []);
        }
    }

    private BoundExpression BindLiteral(ExpressionSyntax syntax, LiteralResult result)
    {
        if (result.Value is { } value)
        {
            return new BoundLiteral(syntax, value, !result.IsTyped);
        }

        Report(SemanticDiagnosticCodes.InvalidLiteral, syntax, $"invalid literal '{syntax}': {result.Error?.Message}");
        return new BoundError(syntax, []);
    }

    private BoundExpression BindTypedLiteral(TypedLiteralExpressionSyntax typed)
    {
        if (typed.Value is IdentifierNameSyntax memberName)
        {
            // E_State#Running: an enum value written with its type.
            if (Globals.FindType(Names.Of(typed.TypeName))?.Type is EnumType enumType)
            {
                if (_context.Members.FindEnumMember(enumType, Names.Of(memberName.Identifier)) is { } member)
                {
                    return new BoundEnumValue(typed, member);
                }

                Report(SemanticDiagnosticCodes.UnknownMember, memberName, enumType.Name, Names.Of(memberName.Identifier), MemberList(enumType));
                return new BoundError(typed, []);
            }

            ReportUnresolved(SemanticDiagnosticCodes.UnknownType, typed.TypeName, Names.Of(typed.TypeName));
            return new BoundError(typed, []);
        }

        return BindLiteral(typed, LiteralReader.Read(typed));
    }

    private static StType AddressType(string address)
    {
        // %IX0.1, %QW4, %MD10; Siemens writes %I0.0 for a bit.
        var size = address.Length > 2 ? char.ToUpperInvariant(address[2]) : 'X';
        return size switch
        {
            'B' => ElementaryType.Byte,
            'W' => ElementaryType.Word,
            'D' => ElementaryType.DWord,
            'L' => ElementaryType.LWord,
            _ => ElementaryType.Bool,
        };
    }

    private BoundExpression BindMemberAccess(MemberAccessExpressionSyntax syntax, VariableUsage usage)
    {
        var memberToken = syntax.Member;
        if (memberToken.IsMissing)
        {
            Bind(syntax.Expression, VariableUsage.Read);
            return new BoundError(syntax, []);
        }

        var memberName = Names.Of(memberToken);

        // E_State.Running: qualified enum value, unless a variable of that name hides the type.
        if (syntax.Expression is IdentifierNameSyntax typeName && LookupVariable(Names.Of(typeName.Identifier)) is null
            && Globals.FindVariable(Names.Of(typeName.Identifier)) is null
            && Globals.FindType(Names.Of(typeName.Identifier))?.Type is EnumType enumType)
        {
            if (_context.Members.FindEnumMember(enumType, memberName) is { } enumMember)
            {
                return new BoundEnumValue(syntax, enumMember);
            }

            Report(SemanticDiagnosticCodes.UnknownMember, memberToken, enumType.Name, memberName, MemberList(enumType));
            return new BoundError(syntax, []);
        }

        // GVL_IO.bStartBtn: a variable of a named global variable list.
        if (syntax.Expression is IdentifierNameSyntax listName && Globals.IsGlobalList(Names.Of(listName.Identifier))
            && LookupVariable(Names.Of(listName.Identifier)) is null && Globals.FindVariable(Names.Of(listName.Identifier)) is null)
        {
            if (Globals.FindInGlobalList(Names.Of(listName.Identifier), memberName) is { } global)
            {
                return BindVariable(syntax, global, usage);
            }

            Report(SemanticDiagnosticCodes.UnknownMember, memberToken, $"global variable list {Names.Of(listName.Identifier)}", memberName, "its VAR_GLOBAL variables");
            return new BoundError(syntax, []);
        }

        // Reading a member reads the instance; writing a member writes (part of) the instance.
        var instance = Bind(syntax.Expression, usage);
        if (instance.Type.IsError)
        {
            return new BoundError(syntax, [instance]);
        }

        if (memberToken.Kind == SyntaxKind.IntegerLiteralToken)
        {
            return BindBitAccess(syntax, instance, memberToken);
        }

        var type = Dereferenced(instance.Type);
        if (type is FunctionBlockType or StructType or InterfaceType)
        {
            if (_context.Members.FindMember(type, memberName) is { } member)
            {
                CheckExternalAccess(type, member, memberToken);
                _context.Usage.Record(member, usage);
                return new BoundMember(syntax, instance, member);
            }

            if (_context.Members.BlockOf(type)?.FindMember(memberName) is { Kind: PouKind.Property } property)
            {
                return new BoundPropertyAccess(syntax, instance, property);
            }

            if (!HasUnknownAncestor(_context.Members.BlockOf(type)))
            {
                Report(SemanticDiagnosticCodes.UnknownMember, memberToken, type.Name, memberName, MemberList(type));
            }

            return new BoundError(syntax, [instance]);
        }

        Report(SemanticDiagnosticCodes.NoMembers, syntax.Expression, syntax.Expression.ToString(), instance.Type.Name);
        return new BoundError(syntax, [instance]);
    }

    /// <summary>
    /// CODESYS/TwinCAT: from outside a function block only its inputs and outputs are reachable; its VAR_IN_OUT
    /// (C0178) and internal variables are not. Siemens instance DBs expose their statics, so SCL is exempt.
    /// </summary>
    private void CheckExternalAccess(StType type, VariableSymbol member, SyntaxToken memberToken)
    {
        if (_dialect == Dialect.Scl || type is not FunctionBlockType block || _context.Members.BlockOf(type) is not { Kind: PouKind.FunctionBlock }
            || member.Storage is not (VariableStorage.InOut or VariableStorage.Local or VariableStorage.Temp or VariableStorage.Static or VariableStorage.Instance))
        {
            return;
        }

        // VAR PUBLIC / VAR INTERNAL (IEC ed. 3 classes, SIMATIC AX) opens a section to the outside.
        if (member.Declaration?.Parent is VarBlockSyntax section
            && section.Qualifiers.Any(q => q.Kind is SyntaxKind.PublicKeyword or SyntaxKind.InternalKeyword))
        {
            return;
        }

        for (var pou = _pou; pou is not null; pou = pou.Parent)
        {
            if (pou.InstanceType is FunctionBlockType inside && inside.IsDerivedFrom(block))
            {
                return; // the block itself, a derived block, or one of their methods
            }
        }

        var what = member.Storage == VariableStorage.InOut ? "a VAR_IN_OUT" : "an internal variable";
        Report(SemanticDiagnosticCodes.NoExternalAccess, memberToken, member.Name, what, block.Name);
    }

    private static StType Dereferenced(StType type)
    {
        while (true)
        {
            switch (type)
            {
                case AliasType alias:
                    type = alias.Target;
                    break;
                case ReferenceType reference:
                    type = reference.Target;
                    break;
                default:
                    return type;
            }
        }
    }

    private string MemberList(StType type)
    {
        IReadOnlyList<string> names = type is EnumType e ? [.. e.Members.Select(m => m.Name)] : _context.Members.DescribeMembers(type);
        return names.Count == 0 ? "none" : string.Join(", ", names);
    }

    private BoundExpression BindBitAccess(MemberAccessExpressionSyntax syntax, BoundExpression instance, SyntaxToken bitToken)
    {
        var type = instance.Type.Underlying as ElementaryType;
        if (type is null || !(type.IsBit || type.IsInteger) || type == ElementaryType.Bool
            || !int.TryParse(bitToken.Text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bit)
            || bit >= type.SizeInBits)
        {
            Report(SemanticDiagnosticCodes.OperatorMismatch, syntax,
                $"bit access .{bitToken.Text} needs a bit string or integer with more than {bitToken.Text} bits, not {instance.Type.Name}");
            return new BoundError(syntax, [instance]);
        }

        return new BoundBitAccess(syntax, instance, bit);
    }

    private BoundExpression BindElementAccess(ElementAccessExpressionSyntax syntax, VariableUsage usage)
    {
        var array = Bind(syntax.Expression, usage);
        var indices = new List<BoundExpression>(syntax.Indices.Count);
        foreach (var index in syntax.Indices)
        {
            indices.Add(BindExpression(index));
        }

        if (array.Type.IsError)
        {
            return new BoundError(syntax, [array, .. indices]);
        }

        var type = Dereferenced(array.Type).Underlying;
        if (type is StringType stringType)
        {
            return new BoundIndex(syntax, array, indices, stringType.IsWide ? ElementaryType.WChar : ElementaryType.Char);
        }

        if (type is not ArrayType arrayType)
        {
            Report(SemanticDiagnosticCodes.NotIndexable, syntax.Expression, syntax.Expression.ToString(), array.Type.Name);
            return new BoundError(syntax, [array, .. indices]);
        }

        if (indices.Count != arrayType.Rank)
        {
            Report(SemanticDiagnosticCodes.IndexCount, syntax, syntax.Expression.ToString(), arrayType.Rank, arrayType.Rank == 1 ? "" : "s",
                indices.Count, indices.Count == 1 ? " was" : "es were");
            return new BoundError(syntax, [array, .. indices]);
        }

        for (var i = 0; i < indices.Count; i++)
        {
            var index = indices[i];
            if (index.Type.IsError)
            {
                continue;
            }

            if (index.Type.Underlying is not (ElementaryType { IsIntegral: true } or EnumType) || index.Type.Underlying == ElementaryType.Bool)
            {
                Report(SemanticDiagnosticCodes.OperatorMismatch, syntax.Indices[i], $"an array index must be an integer, not {index.Type.Name}");
                continue;
            }

            if (ValueOf(index) is { } constant && !arrayType.Dimensions[i].Contains(constant))
            {
                Report(SemanticDiagnosticCodes.IndexOutOfBounds, syntax.Indices[i], constant, arrayType.Dimensions[i], syntax.Expression.ToString());
            }
        }

        return new BoundIndex(syntax, array, indices, arrayType.ElementType);
    }

    private BoundExpression BindDereference(DereferenceExpressionSyntax syntax, VariableUsage usage)
    {
        var pointer = Bind(syntax.Expression, VariableUsage.Read);
        if (pointer.Type.IsError)
        {
            return new BoundError(syntax, [pointer]);
        }

        switch (pointer.Type.Underlying)
        {
            case PointerType p:
                return new BoundDeref(syntax, pointer, p.Target);
            case ReferenceType r:
                return new BoundDeref(syntax, pointer, r.Target);
            default:
                Report(SemanticDiagnosticCodes.OperatorMismatch, syntax, $"'^' needs a POINTER, not {pointer.Type.Name}");
                return new BoundError(syntax, [pointer]);
        }
    }

    /// <summary>
    /// A REFERENCE TO used where a value is wanted (an operand, a condition, an assignment target) stands for the
    /// variable it refers to, as CODESYS reads it: no '^' needed. REF= and reference parameters keep the reference.
    /// </summary>
    private static BoundExpression ImplicitDereference(BoundExpression expression) =>
        expression.Type.Underlying is ReferenceType reference ? new BoundDeref(expression.Syntax, expression, reference.Target) : expression;

    private BoundExpression BindUnary(UnaryExpressionSyntax syntax)
    {
        var operand = ImplicitDereference(BindExpression(syntax.Operand));
        if (syntax.Kind == SyntaxKind.UnaryPlusExpression)
        {
            return operand;
        }

        var op = syntax.Kind == SyntaxKind.NotExpression ? UnaryOperator.Not : UnaryOperator.Negate;
        if (op == UnaryOperator.Negate && operand is BoundLiteral { IsUntyped: true } literal
            && ConstantFolder.Unary(op, literal.Value, ConversionMode.Lenient).Value is { } negated)
        {
            return new BoundLiteral(syntax, negated, true); // -5 stays an untyped literal
        }

        var resolution = OperatorTyping.Unary(op, operand.Type, _mode);
        if (!resolution.Succeeded)
        {
            Report(SemanticDiagnosticCodes.OperatorMismatch, syntax, resolution.Error);
            return new BoundError(syntax, [operand]);
        }

        var constant = operand.Constant is { } c ? ConstantFolder.Unary(op, c, _mode).Value : null;
        return new BoundUnary(syntax, op, operand, resolution.ResultType, constant);
    }

    /// <summary>
    /// Binds a chain such as a0 OR a1 OR ... OR a19999 (a left spine as deep as the chain is long) bottom-up in a loop:
    /// recursing per operator would be as deep as the chain, and every garbage collection scans the whole stack.
    /// </summary>
    private BoundExpression BindBinary(BinaryExpressionSyntax syntax)
    {
        var spine = new Stack<BinaryExpressionSyntax>();
        for (ExpressionSyntax node = syntax; node is BinaryExpressionSyntax binary; node = binary.Left)
        {
            spine.Push(binary);
        }

        var left = BindExpression(spine.Peek().Left);
        while (spine.TryPop(out var binary))
        {
            left = BindBinary(binary, left, BindExpression(binary.Right));
        }

        return left;
    }

    private BoundExpression BindBinary(BinaryExpressionSyntax syntax, BoundExpression boundLeft, BoundExpression boundRight) =>
        BindBinary(syntax, LiteralReader.BinaryOperatorOf(syntax.Kind), boundLeft, boundRight);

    /// <summary>left op right for an operator written in an expression or implied by a compound assignment (x += 1).</summary>
    private BoundExpression BindBinary(SyntaxNode syntax, BinaryOperator op, BoundExpression boundLeft, BoundExpression boundRight)
    {
        var left = ImplicitDereference(boundLeft);
        var right = ImplicitDereference(boundRight);
        if (left.Type.IsError || right.Type.IsError)
        {
            return new BoundBinary(syntax, op, left, right, OperatorTyping.IsComparison(op) ? ElementaryType.Bool : ErrorType.Instance, null, null);
        }

        // pFifo <> 0, ipLogger = 0: CODESYS and TwinCAT compare pointers and interfaces with the literal 0 (null).
        if (op is BinaryOperator.Equal or BinaryOperator.NotEqual && (IsNullCheck(left, right) || IsNullCheck(right, left)))
        {
            return new BoundBinary(syntax, op, left, right, ElementaryType.Bool, null, null);
        }

        // An untyped literal takes the type of the other operand when it fits: Speed + 1 stays INT.
        left = FitLiteralTo(left, right);
        right = FitLiteralTo(right, left);

        var resolution = OperatorTyping.Binary(op, left.Type, right.Type, _mode);
        if (!resolution.Succeeded)
        {
            Report(SemanticDiagnosticCodes.OperatorMismatch, syntax, resolution.Error);
            return new BoundError(syntax, [left, right]);
        }

        if (resolution.OperandType is { IsError: false } operandType && op != BinaryOperator.Power)
        {
            left = WidenOperand(left, operandType);
            right = WidenOperand(right, operandType);
        }

        ConstantValue? constant = null;
        if (left.Constant is { } l && right.Constant is { } r)
        {
            constant = ConstantFolder.Binary(op, l, r, _mode).Value;
            if (constant is not null && !constant.Type.Equals(resolution.ResultType) && resolution.ResultType.Underlying is ElementaryType)
            {
                constant = ConstantConversion.Convert(constant, resolution.ResultType).Value ?? constant;
            }
        }

        if (constant is not null && left is BoundLiteral { IsUntyped: true } && right is BoundLiteral { IsUntyped: true })
        {
            return new BoundLiteral(syntax, constant, true); // 2 * 60 is still an untyped literal
        }

        return new BoundBinary(syntax, op, left, right, resolution.ResultType, resolution.OperandType, constant);
    }


    private static BoundExpression FitLiteralTo(BoundExpression literal, BoundExpression other)
    {
        if (literal is not BoundLiteral { IsUntyped: true } l || other is BoundLiteral { IsUntyped: true }
            || other.Type.Underlying is not ElementaryType { IsNumeric: true } and not ElementaryType { IsBit: true })
        {
            return literal;
        }

        return ConstantConversion.FitUntyped(l.Value, other.Type.Underlying).Value is { } fitted
            ? new BoundLiteral(l.Syntax, fitted, true)
            : literal;
    }

    private static BoundExpression WidenOperand(BoundExpression operand, StType type)
    {
        if (operand.Type.Equals(type) || operand.Type.Underlying.Equals(type.Underlying))
        {
            return operand;
        }

        var conversion = Conversions.Classify(operand.Type, type);
        return conversion.Exists ? Wrap(operand, type, conversion) : operand;
    }

    /// <summary>True when the block or one of its bases extends a block that is not declared: its members are not all known.</summary>
    private static bool HasUnknownAncestor(PouSymbol? block)
    {
        for (var pou = block; pou is not null; pou = pou.Base)
        {
            if (pou.HasUnknownBase)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNullCheck(BoundExpression reference, BoundExpression other) =>
        reference.Type.Underlying is PointerType or InterfaceType or ReferenceType
        && other.Constant is IntegerValue { Value: var value } && value == 0;
}
