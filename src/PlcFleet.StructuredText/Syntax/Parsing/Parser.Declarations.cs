namespace PlcFleet.StructuredText.Syntax;

/// <summary>POUs, types, variable blocks, configurations and the Siemens block forms.</summary>
internal sealed partial class Parser
{
    private static readonly string[] BlockAttributeNames = ["TITLE", "VERSION", "AUTHOR", "FAMILY", "NAME", "KNOW_HOW_PROTECT"];

    private static bool IsDeclarationStart(SyntaxKind kind) => kind is SyntaxKind.ProgramKeyword or SyntaxKind.FunctionKeyword
        or SyntaxKind.FunctionBlockKeyword or SyntaxKind.MethodKeyword or SyntaxKind.PropertyKeyword or SyntaxKind.InterfaceKeyword
        or SyntaxKind.ActionKeyword or SyntaxKind.TypeKeyword or SyntaxKind.ConfigurationKeyword or SyntaxKind.ResourceKeyword
        or SyntaxKind.OrganizationBlockKeyword or SyntaxKind.DataBlockKeyword || IsVarBlockStart(kind);

    private static bool IsVarBlockStart(SyntaxKind kind) => kind is >= SyntaxKind.VarKeyword and <= SyntaxKind.VarAccessKeyword;

    private DeclarationSyntax? TryParseDeclaration() => CurrentKind switch
    {
        SyntaxKind.ProgramKeyword => ParseProgram(),
        SyntaxKind.FunctionBlockKeyword => ParseFunctionBlock(),
        SyntaxKind.FunctionKeyword => ParseFunction(),
        SyntaxKind.MethodKeyword => ParseMethod(),
        SyntaxKind.PropertyKeyword => ParseProperty(),
        SyntaxKind.InterfaceKeyword => ParseInterface(),
        SyntaxKind.ActionKeyword => ParseAction(),
        SyntaxKind.TypeKeyword => ParseTypeDeclaration(),
        SyntaxKind.ConfigurationKeyword => ParseConfiguration(),
        SyntaxKind.ResourceKeyword => ParseResource(),
        SyntaxKind.OrganizationBlockKeyword => ParseOrganizationBlock(),
        SyntaxKind.DataBlockKeyword => ParseDataBlock(),
        SyntaxKind.IdentifierToken when IsContextual(Current, "CLASS") && PeekToken(1).Kind is SyntaxKind.IdentifierToken or SyntaxKind.PublicKeyword
            or SyntaxKind.InternalKeyword or SyntaxKind.AbstractKeyword or SyntaxKind.FinalKeyword => ParseClass(),
        SyntaxKind.IdentifierToken when IsContextual(Current, "NAMESPACE") && PeekToken(1).Kind == SyntaxKind.IdentifierToken => ParseNamespace(),
        SyntaxKind.IdentifierToken when IsContextual(Current, "USING") && PeekToken(1).Kind == SyntaxKind.IdentifierToken => ParseUsing(),
        _ when IsVarBlockStart(CurrentKind) => new GlobalVariableListSyntax(ParseVarBlocks()),
        _ => null,
    };

    private ProgramDeclarationSyntax ParseProgram()
    {
        var keyword = EatToken();
        var name = ExpectName("after PROGRAM");
        var varBlocks = ParseVarBlocks();
        var members = ParseMembers();
        var begin = TryEatBegin();
        var statements = ParseBlockBody(SyntaxKind.EndProgramKeyword);
        var end = ExpectEnd(SyntaxKind.EndProgramKeyword, keyword);
        return new ProgramDeclarationSyntax(keyword, name, varBlocks, members, begin, statements, end, TryEat(SyntaxKind.SemicolonToken));
    }

    private FunctionBlockDeclarationSyntax ParseFunctionBlock()
    {
        var keyword = EatToken();
        var modifiers = ParseModifiers();
        var name = ExpectName("after FUNCTION_BLOCK");
        var extends = ParseExtendsClause();
        var implements = ParseImplementsClause();
        var headers = ParseBlockAttributes();
        var varBlocks = ParseVarBlocks();
        var members = ParseMembers();
        var begin = TryEatBegin();
        var statements = ParseBlockBody(SyntaxKind.EndFunctionBlockKeyword);
        var end = ExpectEnd(SyntaxKind.EndFunctionBlockKeyword, keyword);
        return new FunctionBlockDeclarationSyntax(keyword, modifiers, name, extends, implements, headers, varBlocks, members, begin, statements, end,
            TryEat(SyntaxKind.SemicolonToken));
    }

    private FunctionDeclarationSyntax ParseFunction()
    {
        var keyword = EatToken();
        var name = ExpectName("after FUNCTION");
        var returnType = ParseReturnType();
        var headers = ParseBlockAttributes();
        var varBlocks = ParseVarBlocks();
        var begin = TryEatBegin();
        var statements = ParseBlockBody(SyntaxKind.EndFunctionKeyword);
        var end = ExpectEnd(SyntaxKind.EndFunctionKeyword, keyword);
        return new FunctionDeclarationSyntax(keyword, name, returnType, headers, varBlocks, begin, statements, end, TryEat(SyntaxKind.SemicolonToken));
    }

    private MethodDeclarationSyntax ParseMethod()
    {
        var keyword = EatToken();
        var modifiers = ParseModifiers();
        var name = ExpectName("after METHOD");
        var returnType = ParseReturnType();
        var varBlocks = ParseVarBlocks();
        var statements = ParseBlockBody(SyntaxKind.EndMethodKeyword);
        var end = ExpectEnd(SyntaxKind.EndMethodKeyword, keyword);
        return new MethodDeclarationSyntax(keyword, modifiers, name, returnType, varBlocks, statements, end, TryEat(SyntaxKind.SemicolonToken));
    }

    private PropertyDeclarationSyntax ParseProperty()
    {
        var keyword = EatToken();
        ReportDialectConstruct(keyword, "PROPERTY");
        var modifiers = ParseModifiers();
        var name = ExpectName("after PROPERTY");
        var returnType = ParseReturnType();
        var varBlocks = ParseVarBlocks();
        List<PropertyAccessorSyntax>? accessors = null;
        while (IsContextualKeyword("GET") || IsContextualKeyword("SET"))
        {
            var accessor = EatToken();
            var endWord = accessor.TextEquals("GET") ? "END_GET" : "END_SET";
            var accessorVars = ParseVarBlocks();
            _accessorDepth++;
            var statements = ParseStatementList();
            _accessorDepth--;
            SyntaxToken accessorEnd;
            if (IsContextual(Current, endWord))
            {
                accessorEnd = EatToken();
            }
            else
            {
                var line = _source.GetLinePosition(accessor.Span.Start).Line;
                ReportMissing(SyntaxDiagnosticCodes.MissingEnd, $"expected {endWord} to close the {accessor.Text.ToUpperInvariant()} at line {line}, found {Describe(Current)}");
                accessorEnd = Missing(SyntaxKind.IdentifierToken);
            }

            (accessors ??= []).Add(new PropertyAccessorSyntax(accessor, accessorVars, statements, accessorEnd, TryEat(SyntaxKind.SemicolonToken)));
        }

        var end = ExpectEnd(SyntaxKind.EndPropertyKeyword, keyword);
        return new PropertyDeclarationSyntax(keyword, modifiers, name, returnType, varBlocks, SyntaxList<PropertyAccessorSyntax>.Create(accessors), end,
            TryEat(SyntaxKind.SemicolonToken));
    }

    private InterfaceDeclarationSyntax ParseInterface()
    {
        var keyword = EatToken();
        var name = ExpectName("after INTERFACE");
        var extends = ParseExtendsClause();
        var members = ParseMembers();
        var end = ExpectEnd(SyntaxKind.EndInterfaceKeyword, keyword);
        return new InterfaceDeclarationSyntax(keyword, name, extends, members, end, TryEat(SyntaxKind.SemicolonToken));
    }

    private ActionDeclarationSyntax ParseAction()
    {
        var keyword = EatToken();
        var name = ExpectName("after ACTION");
        var colon = TryEat(SyntaxKind.ColonToken);
        var statements = ParseBlockBody(SyntaxKind.EndActionKeyword);
        var end = ExpectEnd(SyntaxKind.EndActionKeyword, keyword);
        return new ActionDeclarationSyntax(keyword, name, colon, statements, end, TryEat(SyntaxKind.SemicolonToken));
    }

    /// <summary>Methods, properties and actions written inside a function block, before its body.</summary>
    private SyntaxList<DeclarationSyntax> ParseMembers()
    {
        List<DeclarationSyntax>? members = null;
        while (true)
        {
            DeclarationSyntax? member = CurrentKind switch
            {
                SyntaxKind.MethodKeyword => ParseMethod(),
                SyntaxKind.PropertyKeyword => ParseProperty(),
                SyntaxKind.ActionKeyword => ParseAction(),
                _ => null,
            };
            if (member is null)
            {
                return SyntaxList<DeclarationSyntax>.Create(members);
            }

            (members ??= []).Add(member);
        }
    }

    private SyntaxList<SyntaxToken> ParseModifiers()
    {
        List<SyntaxToken>? modifiers = null;
        // OVERRIDE (IEC ed. 3, SIMATIC AX) is a word only here: METHOD PUBLIC OVERRIDE Stop.
        while (CurrentKind is SyntaxKind.PublicKeyword or SyntaxKind.PrivateKeyword or SyntaxKind.ProtectedKeyword or SyntaxKind.InternalKeyword
            or SyntaxKind.AbstractKeyword or SyntaxKind.FinalKeyword
            || (IsContextual(Current, "OVERRIDE") && PeekToken(1).Kind is SyntaxKind.IdentifierToken or SyntaxKind.AbstractKeyword or SyntaxKind.FinalKeyword))
        {
            (modifiers ??= []).Add(EatToken());
        }

        return SyntaxList<SyntaxToken>.Create(modifiers);
    }

    private ExtendsClauseSyntax? ParseExtendsClause()
    {
        if (CurrentKind != SyntaxKind.ExtendsKeyword)
        {
            return null;
        }

        var extends = EatToken();
        return new ExtendsClauseSyntax(extends, ParseSeparated(() => ExpectName("of the base type after EXTENDS"), SyntaxKind.None));
    }

    private ImplementsClauseSyntax? ParseImplementsClause()
    {
        if (CurrentKind != SyntaxKind.ImplementsKeyword)
        {
            return null;
        }

        var implements = EatToken();
        return new ImplementsClauseSyntax(implements, ParseSeparated(() => ExpectName("of an interface after IMPLEMENTS"), SyntaxKind.None));
    }

    private ReturnTypeClauseSyntax? ParseReturnType()
    {
        if (CurrentKind != SyntaxKind.ColonToken)
        {
            return null;
        }

        var colon = EatToken();
        return new ReturnTypeClauseSyntax(colon, ParseType());
    }

    private SyntaxToken? TryEatBegin() => IsContextualKeyword("BEGIN") ? EatToken() : null;

    /// <summary>Siemens header lines: TITLE = ..., VERSION : 0.1, AUTHOR : ..., FAMILY : ..., NAME : ...</summary>
    private SyntaxList<BlockAttributeSyntax> ParseBlockAttributes()
    {
        List<BlockAttributeSyntax>? attributes = null;
        while (CurrentKind == SyntaxKind.IdentifierToken && PeekToken(1).Kind is SyntaxKind.ColonToken or SyntaxKind.EqualsToken &&
            BlockAttributeNames.Any(Current.TextEquals))
        {
            var name = EatToken();
            var separator = EatToken();
            List<SyntaxToken>? value = null;
            while (CurrentKind != SyntaxKind.EndOfFileToken && !StartsLine(_index))
            {
                (value ??= []).Add(EatToken());
            }

            (attributes ??= []).Add(new BlockAttributeSyntax(name, separator, SyntaxList<SyntaxToken>.Create(value)));
        }

        return SyntaxList<BlockAttributeSyntax>.Create(attributes);
    }

    private SyntaxList<VarBlockSyntax> ParseVarBlocks()
    {
        List<VarBlockSyntax>? blocks = null;
        while (IsVarBlockStart(CurrentKind))
        {
            (blocks ??= []).Add(ParseVarBlock());
        }

        return SyntaxList<VarBlockSyntax>.Create(blocks);
    }

    private VarBlockSyntax ParseVarBlock()
    {
        var keyword = EatToken();
        List<SyntaxToken>? qualifiers = null;
        // SIMATIC AX / IEC ed. 3 classes also write the access of a section: VAR PROTECTED, VAR PUBLIC (read, not enforced).
        while (CurrentKind is SyntaxKind.ConstantKeyword or SyntaxKind.RetainKeyword or SyntaxKind.PersistentKeyword or SyntaxKind.NonRetainKeyword
            or SyntaxKind.PublicKeyword or SyntaxKind.PrivateKeyword or SyntaxKind.ProtectedKeyword or SyntaxKind.InternalKeyword)
        {
            (qualifiers ??= []).Add(EatToken());
        }

        var declarations = ParseVariableDeclarations(SyntaxKind.EndVarKeyword, instancePaths: keyword.Kind == SyntaxKind.VarConfigKeyword);
        var end = ExpectEnd(SyntaxKind.EndVarKeyword, keyword);
        return new VarBlockSyntax(keyword, SyntaxList<SyntaxToken>.Create(qualifiers), declarations, end, TryEat(SyntaxKind.SemicolonToken));
    }

    /// <summary>Declarations up to END_VAR / END_STRUCT; stops early at anything that opens or closes another block.</summary>
    private SyntaxList<VariableDeclarationSyntax> ParseVariableDeclarations(SyntaxKind endKind, bool instancePaths = false)
    {
        List<VariableDeclarationSyntax>? declarations = null;
        while (CurrentKind != endKind)
        {
            if (CurrentKind == SyntaxKind.IdentifierToken || IsNamelessMapping() ||
                (CurrentKind is SyntaxKind.TaskKeyword or SyntaxKind.AtKeyword && PeekToken(1).Kind is SyntaxKind.ColonToken or SyntaxKind.CommaToken))
            {
                (declarations ??= []).Add(ParseVariableDeclaration(instancePaths));
            }
            else if (CurrentKind == SyntaxKind.EndOfFileToken || IsDeclarationStart(CurrentKind) || IsPouEnd(CurrentKind) ||
                     IsBlockEnd(CurrentKind) || IsStatementKeyword(CurrentKind))
            {
                break;
            }
            else
            {
                Skip(SyntaxDiagnosticCodes.UnexpectedToken, $"unexpected {Describe(Current)}: expected a variable declaration such as 'Speed : INT;'");
            }
        }

        return SyntaxList<VariableDeclarationSyntax>.Create(declarations);
    }

    private static bool IsStatementKeyword(SyntaxKind kind) => kind is SyntaxKind.IfKeyword or SyntaxKind.CaseKeyword or SyntaxKind.ForKeyword
        or SyntaxKind.WhileKeyword or SyntaxKind.RepeatKeyword or SyntaxKind.ReturnKeyword or SyntaxKind.ExitKeyword or SyntaxKind.ContinueKeyword
        or SyntaxKind.JmpKeyword;

    /// <summary>AT %IX1.1 : BOOL; — an I/O point mapped without a variable name (IEC 61131-3).</summary>
    private bool IsNamelessMapping() => CurrentKind == SyntaxKind.AtKeyword && PeekToken(1).Kind == SyntaxKind.DirectAddressToken;

    private VariableDeclarationSyntax ParseVariableDeclaration(bool instancePaths = false)
    {
        var names = IsNamelessMapping() ? SeparatedSyntaxList<SyntaxToken>.Empty
            : instancePaths ? ParseSeparated(ParseInstancePath, SyntaxKind.None)
            : ParseSeparated(() => ExpectDeclaredName("in the variable declaration"), SyntaxKind.None);
        AtClauseSyntax? at = null;
        if (CurrentKind == SyntaxKind.AtKeyword)
        {
            var atKeyword = EatToken();
            at = new AtClauseSyntax(atKeyword, Expect(SyntaxKind.DirectAddressToken, "after AT"));
        }

        var subject = names.Count > 0 ? names[0] : at!.Address;
        var colon = Expect(SyntaxKind.ColonToken, "after the variable name '{0}'", subject);
        var type = ParseType();
        var edge = IsContextual(Current, "R_EDGE") || IsContextual(Current, "F_EDGE") ? EatToken() : null;
        var initializer = ParseOptionalInitializer();
        var semicolon = Expect(SyntaxKind.SemicolonToken, "after the declaration of '{0}'", subject);
        return new VariableDeclarationSyntax(names, at, colon, type, edge, initializer, semicolon);
    }

    /// <summary>
    /// VAR_CONFIG names a variable inside a program instance: Line1.fbPump.xRun AT %QX1.0 : BOOL; A path written
    /// without spaces is read as one name token, so Names[0].Text is the whole path.
    /// </summary>
    private SyntaxToken ParseInstancePath()
    {
        var path = ExpectName("of the instance variable");
        while (CurrentKind == SyntaxKind.DotToken && PeekToken(1).Kind == SyntaxKind.IdentifierToken && path.TrailingTrivia.IsEmpty &&
               Current.LeadingTrivia.IsEmpty && Current.TrailingTrivia.IsEmpty && PeekToken(1).LeadingTrivia.IsEmpty)
        {
            var dot = EatToken();
            path = Merge(SyntaxKind.IdentifierToken, Merge(SyntaxKind.IdentifierToken, path, dot), EatToken());
        }

        return path;
    }

    private VariableInitializerSyntax? ParseOptionalInitializer()
    {
        if (CurrentKind != SyntaxKind.ColonEqualsToken)
        {
            return null;
        }

        var assign = EatToken();
        return new VariableInitializerSyntax(assign, ParseInitializerValue());
    }

    private TypeDeclarationSyntax ParseTypeDeclaration()
    {
        var keyword = EatToken();
        List<TypeDefinitionSyntax>? definitions = null;
        while (CurrentKind != SyntaxKind.EndTypeKeyword)
        {
            if (CurrentKind == SyntaxKind.IdentifierToken)
            {
                (definitions ??= []).Add(ParseTypeDefinition());
            }
            else if (CurrentKind == SyntaxKind.EndOfFileToken || IsDeclarationStart(CurrentKind) || IsPouEnd(CurrentKind) || IsStatementKeyword(CurrentKind))
            {
                break;
            }
            else
            {
                Skip(SyntaxDiagnosticCodes.UnexpectedToken, $"unexpected {Describe(Current)}: expected a type definition such as 'E_State : (Idle, Running);'");
            }
        }

        var end = ExpectEnd(SyntaxKind.EndTypeKeyword, keyword);
        return new TypeDeclarationSyntax(keyword, SyntaxList<TypeDefinitionSyntax>.Create(definitions), end, TryEat(SyntaxKind.SemicolonToken));
    }

    private TypeDefinitionSyntax ParseTypeDefinition()
    {
        var name = EatToken();
        var extends = ParseExtendsClause();
        var headers = ParseBlockAttributes();

        // Siemens writes TYPE "UDT" STRUCT ... without the colon.
        var colon = CurrentKind == SyntaxKind.ColonToken || !(_dialect == Dialect.Scl && CurrentKind == SyntaxKind.StructKeyword)
            ? Expect(SyntaxKind.ColonToken, "after the type name '{0}'", name)
            : null;
        var type = ParseType();
        var initializer = ParseOptionalInitializer();
        var semicolon = type is StructTypeSyntax or UnionTypeSyntax
            ? TryEat(SyntaxKind.SemicolonToken)
            : Expect(SyntaxKind.SemicolonToken, "after the type definition of '{0}'", name);
        return new TypeDefinitionSyntax(name, extends, headers, colon, type, initializer, semicolon);
    }

    private TypeSyntax ParseType()
    {
        if (!TryEnterNesting())
        {
            return new NamedTypeSyntax(Missing(SyntaxKind.IdentifierToken));
        }

        var type = ParseTypeCore();
        _nesting--;
        return type;
    }

    private TypeSyntax ParseTypeCore()
    {
        switch (CurrentKind)
        {
            case SyntaxKind.IdentifierToken when IsContextual(Current, "REF_TO"):
                var refTo = EatToken();
                return new RefToTypeSyntax(refTo, ParseType());
            case SyntaxKind.IdentifierToken when PeekToken(1).Kind == SyntaxKind.DotToken && PeekToken(2).Kind == SyntaxKind.IdentifierToken:
                return new QualifiedTypeSyntax((MemberAccessExpressionSyntax)ParseQualifiedName("of the type"));
            case SyntaxKind.IdentifierToken:
                var named = new NamedTypeSyntax(EatToken());
                if (CurrentKind == SyntaxKind.OpenBracketToken && PeekToken(1).Kind == SyntaxKind.OpenParenToken)
                {
                    var openBracket = EatToken();
                    var lists = ParseSeparated(ParseArgumentList, SyntaxKind.CloseBracketToken);
                    return new InstanceArgumentsTypeSyntax(named, openBracket, lists, Expect(SyntaxKind.CloseBracketToken, "to close the FB_init argument lists"));
                }

                if (CurrentKind != SyntaxKind.OpenParenToken)
                {
                    return named;
                }

                // FB_Sample(nInitParam := 1): a block instance with FB_init arguments; only integer types have subranges.
                if (!IsIntegerTypeName(named.Name))
                {
                    return new InstanceArgumentsTypeSyntax(named, null,
                        SeparatedSyntaxList<ArgumentListSyntax>.Create([ParseArgumentList()]), null);
                }

                // WORD (Idle := 0, Busy := 1): an enumeration with its base type first (IEC ed. 3), not a subrange.
                if (IsIntegerTypeName(named.Name) && PeekToken(1).Kind == SyntaxKind.IdentifierToken
                    && PeekToken(2).Kind is SyntaxKind.ColonEqualsToken or SyntaxKind.CommaToken or SyntaxKind.CloseParenToken)
                {
                    return ParseEnumType(named);
                }

                var open = EatToken();
                var range = ParseRangeOrExpression();
                return new SubrangeTypeSyntax(named, open, range, Expect(SyntaxKind.CloseParenToken, "to close the subrange"));
            case SyntaxKind.StringKeyword:
            case SyntaxKind.WstringKeyword:
                return ParseStringType();
            case SyntaxKind.ArrayKeyword:
                return ParseArrayType();
            case SyntaxKind.PointerKeyword:
            case SyntaxKind.ReferenceKeyword:
                var pointerKeyword = EatToken();
                var to = Expect(SyntaxKind.ToKeyword, "after {0}", pointerKeyword);
                var target = ParseType();
                return pointerKeyword.Kind == SyntaxKind.PointerKeyword
                    ? new PointerTypeSyntax(pointerKeyword, to, target)
                    : new ReferenceTypeSyntax(pointerKeyword, to, target);
            case SyntaxKind.StructKeyword:
                var structKeyword = EatToken();
                var members = ParseVariableDeclarations(SyntaxKind.EndStructKeyword);
                return new StructTypeSyntax(structKeyword, members, ExpectEnd(SyntaxKind.EndStructKeyword, structKeyword));
            case SyntaxKind.UnionKeyword:
                var unionKeyword = EatToken();
                ReportDialectConstruct(unionKeyword, "UNION");
                var unionMembers = ParseVariableDeclarations(SyntaxKind.EndUnionKeyword);
                return new UnionTypeSyntax(unionKeyword, unionMembers, ExpectEnd(SyntaxKind.EndUnionKeyword, unionKeyword));
            case SyntaxKind.OpenParenToken:
                return ParseEnumType();
        }

        ReportMissing(SyntaxDiagnosticCodes.ExpectedType, $"expected a data type such as BOOL, INT, TON or ARRAY[1..10] OF REAL, found {Describe(Current)}");
        return new NamedTypeSyntax(Missing(SyntaxKind.IdentifierToken));
    }

    private StringTypeSyntax ParseStringType()
    {
        var keyword = EatToken();
        var closeKind = CurrentKind switch
        {
            SyntaxKind.OpenParenToken => SyntaxKind.CloseParenToken,
            SyntaxKind.OpenBracketToken => SyntaxKind.CloseBracketToken,
            _ => SyntaxKind.None,
        };
        if (closeKind == SyntaxKind.None)
        {
            return new StringTypeSyntax(keyword, null, null, null);
        }

        var open = EatToken();
        var length = ParseExpression();
        return new StringTypeSyntax(keyword, open, length, Expect(closeKind, "to close the string length"));
    }

    private ArrayTypeSyntax ParseArrayType()
    {
        var array = EatToken();
        var open = Expect(SyntaxKind.OpenBracketToken, "after ARRAY");
        var dimensions = ParseSeparated(ParseArrayDimension, SyntaxKind.CloseBracketToken);
        var close = Expect(SyntaxKind.CloseBracketToken, "to close the array bounds");
        var of = Expect(SyntaxKind.OfKeyword, "after the array bounds");
        return new ArrayTypeSyntax(array, open, dimensions, close, of, ParseType());
    }

    private ArrayDimensionSyntax ParseArrayDimension()
    {
        if (CurrentKind == SyntaxKind.StarToken)
        {
            return new ArrayDimensionSyntax(null, null, null, EatToken());
        }

        var lower = ParseExpression();
        var dotDot = Expect(SyntaxKind.DotDotToken, "between the array bounds");
        return new ArrayDimensionSyntax(lower, dotDot, ParseExpression(), null);
    }

    private static readonly System.Collections.Frozen.FrozenSet<string> IntegerTypeNames = System.Collections.Frozen.FrozenSet.ToFrozenSet(
        ["SINT", "INT", "DINT", "LINT", "USINT", "UINT", "UDINT", "ULINT", "BYTE", "WORD", "DWORD", "LWORD"], StringComparer.OrdinalIgnoreCase);

    private static bool IsIntegerTypeName(SyntaxToken name) => IntegerTypeNames.Contains(name.Text);

    private EnumTypeSyntax ParseEnumType(TypeSyntax? leadingBaseType = null)
    {
        var open = EatToken();
        var values = ParseSeparated(ParseEnumValue, SyntaxKind.CloseParenToken);
        var close = Expect(SyntaxKind.CloseParenToken, "to close the enumeration");
        var baseType = leadingBaseType is null && CurrentKind is SyntaxKind.IdentifierToken ? new NamedTypeSyntax(EatToken()) : null;
        return new EnumTypeSyntax(leadingBaseType, open, values, close, baseType);
    }

    private EnumValueSyntax ParseEnumValue()
    {
        var name = ExpectName("of the enumeration value");
        return new EnumValueSyntax(name, ParseOptionalInitializer());
    }

    private ConfigurationDeclarationSyntax ParseConfiguration()
    {
        var keyword = EatToken();
        var name = ExpectName("after CONFIGURATION");
        var elements = ParseConfigurationElements(SyntaxKind.EndConfigurationKeyword);
        var end = ExpectEnd(SyntaxKind.EndConfigurationKeyword, keyword);
        return new ConfigurationDeclarationSyntax(keyword, name, elements, end, TryEat(SyntaxKind.SemicolonToken));
    }

    private ResourceDeclarationSyntax ParseResource()
    {
        var keyword = EatToken();
        var name = ExpectName("after RESOURCE");
        // ON is a keyword only here; elsewhere it is a common variable name (a motor's ON output).
        var on = IsContextual(Current, "ON") ? EatToken().WithKind(SyntaxKind.OnKeyword) : null;
        var processor = on is null ? null : ExpectName("of the processor after ON");
        var elements = ParseConfigurationElements(SyntaxKind.EndResourceKeyword);
        var end = ExpectEnd(SyntaxKind.EndResourceKeyword, keyword);
        return new ResourceDeclarationSyntax(keyword, name, on, processor, elements, end, TryEat(SyntaxKind.SemicolonToken));
    }

    private SyntaxList<SyntaxNode> ParseConfigurationElements(SyntaxKind endKind)
    {
        List<SyntaxNode>? elements = null;
        while (CurrentKind != endKind)
        {
            SyntaxNode? element = CurrentKind switch
            {
                SyntaxKind.TaskKeyword => ParseTaskConfiguration(),
                SyntaxKind.ProgramKeyword => ParseProgramConfiguration(),
                SyntaxKind.ResourceKeyword => ParseResource(),
                _ when IsVarBlockStart(CurrentKind) => ParseVarBlock(),
                _ => null,
            };
            if (element is not null)
            {
                (elements ??= []).Add(element);
            }
            else if (CurrentKind == SyntaxKind.EndOfFileToken || IsDeclarationStart(CurrentKind) || IsPouEnd(CurrentKind))
            {
                break;
            }
            else
            {
                Skip(SyntaxDiagnosticCodes.UnexpectedToken, $"unexpected {Describe(Current)}: expected TASK, PROGRAM, RESOURCE or a VAR block");
            }
        }

        return SyntaxList<SyntaxNode>.Create(elements);
    }

    private TaskConfigurationSyntax ParseTaskConfiguration()
    {
        var keyword = EatToken();
        var name = ExpectName("after TASK");
        var arguments = CurrentKind == SyntaxKind.OpenParenToken ? ParseArgumentList() : null;
        return new TaskConfigurationSyntax(keyword, name, arguments, ExpectSemicolon("after the TASK declaration"));
    }

    private ProgramConfigurationSyntax ParseProgramConfiguration()
    {
        var keyword = EatToken();
        var qualifier = CurrentKind is SyntaxKind.RetainKeyword or SyntaxKind.NonRetainKeyword ? EatToken() : null;
        var name = ExpectName("of the program instance");
        var with = TryEat(SyntaxKind.WithKeyword);
        var task = with is null ? null : ExpectName("of the task after WITH");
        var colon = Expect(SyntaxKind.ColonToken, "before the program type");
        var typeName = ExpectName("of the program type");
        var arguments = CurrentKind == SyntaxKind.OpenParenToken ? ParseArgumentList() : null;
        return new ProgramConfigurationSyntax(keyword, qualifier, name, with, task, colon, typeName, arguments, ExpectSemicolon("after the program configuration"));
    }

    private OrganizationBlockDeclarationSyntax ParseOrganizationBlock()
    {
        var keyword = EatToken();
        var name = ExpectName("after ORGANIZATION_BLOCK");
        var headers = ParseBlockAttributes();
        var varBlocks = ParseVarBlocks();
        var begin = TryEatBegin();
        var statements = ParseBlockBody(SyntaxKind.EndOrganizationBlockKeyword);
        var end = ExpectEnd(SyntaxKind.EndOrganizationBlockKeyword, keyword);
        return new OrganizationBlockDeclarationSyntax(keyword, name, headers, varBlocks, begin, statements, end, TryEat(SyntaxKind.SemicolonToken));
    }

    private DataBlockDeclarationSyntax ParseDataBlock()
    {
        var keyword = EatToken();
        var name = ExpectName("after DATA_BLOCK");
        var headers = ParseBlockAttributes();
        List<SyntaxToken>? qualifiers = null;
        while (CurrentKind is SyntaxKind.NonRetainKeyword or SyntaxKind.RetainKeyword)
        {
            (qualifiers ??= []).Add(EatToken());
        }

        // The layout: an instance of a block ("FB_Motor"), a STRUCT, or VAR blocks.
        TypeSyntax? type = CurrentKind == SyntaxKind.StructKeyword || (CurrentKind == SyntaxKind.IdentifierToken && !IsContextualKeyword("BEGIN"))
            ? ParseType()
            : null;
        var typeSemicolon = type is null ? null : TryEat(SyntaxKind.SemicolonToken);
        var varBlocks = ParseVarBlocks();
        var begin = TryEatBegin();
        var statements = ParseBlockBody(SyntaxKind.EndDataBlockKeyword);
        var end = ExpectEnd(SyntaxKind.EndDataBlockKeyword, keyword);
        return new DataBlockDeclarationSyntax(keyword, name, headers, SyntaxList<SyntaxToken>.Create(qualifiers), type, typeSemicolon, varBlocks, begin, statements, end,
            TryEat(SyntaxKind.SemicolonToken));
    }
}
