using PlcFleet.StructuredText.Semantics.Libraries;
using PlcFleet.StructuredText.Semantics.StandardLibrary;
using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Declarations;

/// <summary>
/// Builds the project's symbols from all syntax trees in two passes, so declarations may refer to each other in any
/// order and across files: first every name (POUs, types, variables), then every type, base block, constant and task.
/// </summary>
internal sealed partial class DeclarationBinder
{
    private readonly GlobalSymbols _globals;
    private readonly MemberTable _members;
    private readonly DiagnosticBag _diagnostics;
    private readonly ConstantEvaluator _evaluator;
    private readonly List<PendingVariable> _pendingVariables = [];
    private readonly List<PouSymbol> _allPous = [];
    private readonly List<VariableSymbol> _initializedFields = [];
    private readonly Dictionary<PouSymbol, SyntaxNode> _pouSyntax = [];
    private readonly List<(DataBlockDeclarationSyntax Syntax, VariableSymbol Variable)> _dataBlocks = [];
    private readonly List<ConfigurationDeclarationSyntax> _configurations = [];
    private readonly Dictionary<VariableSymbol, ConstantValue?> _constants = [];
    private readonly HashSet<VariableSymbol> _evaluating = [];
    private readonly UnresolvedNames _unresolved;

    /// <summary>The library whose declarations <see cref="Collect"/> is reading; null for the project's own files.</summary>
    private string? _library;

    public DeclarationBinder(GlobalSymbols globals, MemberTable members, DiagnosticBag diagnostics, UnresolvedNames unresolved)
    {
        _globals = globals;
        _members = members;
        _diagnostics = diagnostics;
        _unresolved = unresolved;
        _evaluator = new ConstantEvaluator(globals, ConstantOf);
    }

    /// <summary>Every POU with a body (programs, blocks, functions, methods, actions, property accessors), in source order.</summary>
    public IReadOnlyList<PouSymbol> AllPous => _allPous;

    /// <summary>STRUCT members declared with a default (nSpeed : INT := 50;), bound with the other initializers.</summary>
    public IReadOnlyList<VariableSymbol> InitializedFields => _initializedFields;

    public ConstantEvaluator Evaluator => _evaluator;

    private sealed record PendingVariable(VariableSymbol Variable, TypeSyntax Type, PouSymbol? Scope);

    /// <summary>Pass 1: names of everything declared in one file.</summary>
    /// <summary>
    /// The declarations with those inside NAMESPACE blocks put in place: namespace members are declared by their
    /// simple names (USING directives then need no binding); two namespaces declaring the same name are a duplicate.
    /// </summary>
    private static IEnumerable<DeclarationSyntax> WithNamespaceMembers(IEnumerable<DeclarationSyntax> declarations)
    {
        var pending = new Stack<IEnumerator<DeclarationSyntax>>();
        pending.Push(declarations.GetEnumerator());
        while (pending.Count > 0)
        {
            if (!pending.Peek().MoveNext())
            {
                pending.Pop().Dispose();
                continue;
            }

            var declaration = pending.Peek().Current;
            if (declaration is NamespaceDeclarationSyntax space)
            {
                pending.Push(space.Declarations.GetEnumerator());
            }
            else
            {
                yield return declaration;
            }
        }
    }

    public void Collect(SyntaxTree tree) => Collect(tree, null);

    /// <summary>
    /// Pass 1 for a shipped library's declarations, after the project's files: the project's own POUs and types win
    /// over library ones of the same name, and names the standard library has built in stay built in.
    /// </summary>
    public void CollectLibrary(ShippedLibrary library) => Collect(library.Declarations, library.Name);

    private void Collect(SyntaxTree tree, string? library)
    {
        _library = library;
        PouSymbol? last = null;
        foreach (var declaration in WithNamespaceMembers(tree.Root.Declarations))
        {
            if (library is not null && IsTakenByProject(declaration))
            {
                last = null;
                continue;
            }

            switch (declaration)
            {
                case ProgramDeclarationSyntax program:
                    last = DeclarePou(program, program.Name, PouKind.Program, null, tree.Dialect, program.VarBlocks, program.Statements);
                    DeclareMembers(last, program.Members, tree.Dialect);
                    break;
                case FunctionBlockDeclarationSyntax block:
                    last = DeclarePou(block, block.Name, PouKind.FunctionBlock, null, tree.Dialect, block.VarBlocks, block.Statements);
                    last.InstanceType = new FunctionBlockType(last.Name);
                    _members.RegisterBlock(last.InstanceType, last);
                    DeclareMembers(last, block.Members, tree.Dialect);
                    break;
                case FunctionDeclarationSyntax function:
                    last = DeclarePou(function, function.Name, PouKind.Function, null, tree.Dialect, function.VarBlocks, function.Statements);
                    break;
                case InterfaceDeclarationSyntax itf:
                    last = DeclarePou(itf, itf.Name, PouKind.Interface, null, tree.Dialect, [], []);
                    last.HasBody = false;
                    last.InstanceType = new InterfaceType(last.Name);
                    _members.RegisterBlock(last.InstanceType, last);
                    DeclareMembers(last, itf.Members, tree.Dialect);
                    break;
                case OrganizationBlockDeclarationSyntax ob:
                    last = DeclarePou(ob, ob.Name, PouKind.OrganizationBlock, null, tree.Dialect, ob.VarBlocks, ob.Statements);
                    break;
                case MethodDeclarationSyntax or PropertyDeclarationSyntax or ActionDeclarationSyntax when last is not null:
                    // TwinCAT exports put methods and actions after END_FUNCTION_BLOCK; they belong to that block.
                    DeclareMembers(last, [declaration], tree.Dialect);
                    break;
                case TypeDeclarationSyntax types:
                    foreach (var definition in types.Definitions)
                    {
                        DeclareType(definition);
                    }

                    break;
                case GlobalVariableListSyntax list:
                    var before = _globals.Variables.Count;
                    DeclareVariables(list.VarBlocks, null, isGlobalList: true);
                    NameGlobalList(tree, before);
                    break;
                case DataBlockDeclarationSyntax dataBlock:
                    DeclareDataBlock(dataBlock);
                    break;
                case ConfigurationDeclarationSyntax configuration:
                    _configurations.Add(configuration);

                    // A CONFIGURATION's (and its RESOURCEs') VAR_GLOBAL are the site's globals, which programs import with VAR_EXTERNAL.
                    DeclareVariables(ConfigurationVarBlocks(configuration.Elements).ToList(), null, isGlobalList: false);
                    break;
            }
        }

        _library = null;
    }

    private bool IsTakenByProject(DeclarationSyntax declaration)
    {
        var name = declaration switch
        {
            FunctionBlockDeclarationSyntax block => block.Name,
            FunctionDeclarationSyntax function => function.Name,
            ProgramDeclarationSyntax program => program.Name,
            _ => (SyntaxToken?)null,
        };
        return name is { } token && (StandardCatalog.IsReserved(Names.Of(token)) || _globals.FindPou(Names.Of(token)) is not null || _globals.FindType(Names.Of(token)) is not null);
    }

    /// <summary>Pass 2: types, base blocks, function block layouts, constants and tasks.</summary>
    public void Resolve()
    {
        foreach (var type in _globals.Types)
        {
            EnsureResolved(type);
        }

        foreach (var pending in _pendingVariables)
        {
            pending.Variable.Type = ResolveType(pending.Type, pending.Scope, pending.Variable.Name);
            CheckEdgeQualifier(pending.Variable);
        }

        foreach (var (syntax, variable) in _dataBlocks)
        {
            variable.Type = DataBlockType(syntax, variable);
        }

        foreach (var pou in _allPous)
        {
            ResolveSignature(pou);
        }

        // Interfaces and abstract methods have no body, so they are not in _allPous; callers still need their types.
        foreach (var pou in _globals.Pous.Where(p => p.Kind is PouKind.Interface or PouKind.FunctionBlock))
        {
            foreach (var prototype in pou.Members.Where(m => m.Kind == PouKind.Method && !m.HasBody).Prepend(pou).Where(p => !_allPous.Contains(p)))
            {
                ResolveSignature(prototype);
            }
        }

        foreach (var pou in _globals.Pous)
        {
            ResolveBase(pou);
        }

        foreach (var pou in _globals.Pous)
        {
            DefineInstanceType(pou);
        }

        foreach (var pou in _globals.Pous.Where(p => p.Kind == PouKind.FunctionBlock))
        {
            CheckInterfacesImplemented(pou);
        }

        foreach (var pending in _pendingVariables)
        {
            pending.Variable.InitialValue ??= InitialValueOf(pending.Variable, pending.Scope);
        }

        foreach (var configuration in _configurations)
        {
            DeclareTasks(configuration);
        }
    }

    /// <summary>IEC 61131-3: R_EDGE and F_EDGE qualify BOOL inputs of a function block only.</summary>
    private void CheckEdgeQualifier(VariableSymbol variable)
    {
        if (variable.Edge is not { } edge)
        {
            return;
        }

        var onBlockInput = variable.Storage == VariableStorage.Input && variable.Owner is { Kind: PouKind.FunctionBlock or PouKind.Program };
        if (!onBlockInput || (!variable.Type.IsError && variable.Type.Underlying != ElementaryType.Bool))
        {
            _diagnostics.Report(SemanticDiagnosticCodes.EdgeNotOnBoolInput, variable.Declaration!, edge.Text.ToUpperInvariant(), variable.Name);
        }
    }

    private PouSymbol DeclarePou(SyntaxNode syntax, SyntaxToken nameToken, PouKind kind, PouSymbol? parent, Dialect dialect,
        IReadOnlyList<VarBlockSyntax> varBlocks, IReadOnlyList<StatementSyntax> statements)
    {
        var pou = new PouSymbol(Names.Of(nameToken), kind, syntax, nameToken, parent, dialect) { BodyStatements = statements, Library = _library };
        if (_library is not null)
        {
            pou.HasBody = false; // a declaration only: its code is the vendor's
        }

        if (parent is null)
        {
            if (_globals.FindPou(pou.Name) is { } existing)
            {
                ReportDuplicate("POU", nameToken, existing.NameToken);
            }
            else if (_globals.FindType(pou.Name) is { } type)
            {
                ReportDuplicate("POU", nameToken, type.Definition.Name);
            }
            else
            {
                _globals.TryAddPou(pou);
            }
        }
        else if (!parent.TryAddMember(pou))
        {
            ReportDuplicate(kind.ToString().ToLowerInvariant(), nameToken, parent.FindMember(pou.Name)!.NameToken);
        }

        _pouSyntax[pou] = syntax;
        if (kind != PouKind.Interface && kind != PouKind.Property)
        {
            _allPous.Add(pou);
        }

        DeclareVariables(varBlocks, pou, isGlobalList: false);
        DeclareSfc(pou, statements, dialect);
        return pou;
    }

    private void DeclareMembers(PouSymbol owner, IReadOnlyList<DeclarationSyntax> members, Dialect dialect)
    {
        var prototype = owner.Kind == PouKind.Interface;
        foreach (var member in members)
        {
            switch (member)
            {
                case MethodDeclarationSyntax method:
                    var m = DeclarePou(method, method.Name, PouKind.Method, owner, dialect, method.VarBlocks, method.Statements);
                    m.HasBody = _library is null && !prototype && !HasModifier(method.Modifiers, SyntaxKind.AbstractKeyword);
                    if (!m.HasBody)
                    {
                        _allPous.Remove(m);
                    }

                    break;
                case PropertyDeclarationSyntax property:
                    var p = DeclarePou(property, property.Name, PouKind.Property, owner, dialect, property.VarBlocks, []);
                    p.HasBody = false;
                    foreach (var accessor in property.Accessors)
                    {
                        var a = DeclarePou(accessor, accessor.Keyword, PouKind.Method, p, dialect, accessor.VarBlocks, accessor.Statements);
                        a.HasBody = _library is null && !prototype;
                        if (!a.HasBody)
                        {
                            _allPous.Remove(a);
                        }
                    }

                    break;
                case ActionDeclarationSyntax action:
                    DeclarePou(action, action.Name, PouKind.Action, owner, dialect, [], action.Statements);
                    break;
            }
        }
    }

    private static bool HasModifier(IReadOnlyList<SyntaxToken> modifiers, SyntaxKind kind)
    {
        foreach (var modifier in modifiers)
        {
            if (modifier.Kind == kind)
            {
                return true;
            }
        }

        return false;
    }

    private void DeclareType(TypeDefinitionSyntax definition)
    {
        var symbol = new TypeSymbol(Names.Of(definition.Name), definition);
        if (_library is not null && (_globals.FindType(symbol.Name) is not null || _globals.FindPou(symbol.Name) is not null))
        {
            return; // the project's own type of that name wins
        }

        if (_globals.FindType(symbol.Name) is { } existing)
        {
            ReportDuplicate("type", definition.Name, existing.Definition.Name);
        }
        else if (_globals.FindPou(symbol.Name) is { } pou)
        {
            ReportDuplicate("type", definition.Name, pou.NameToken);
        }
        else
        {
            _globals.TryAddType(symbol);
        }
    }

    private static IEnumerable<VarBlockSyntax> ConfigurationVarBlocks(IEnumerable<SyntaxNode> elements) =>
        elements.SelectMany(e => e switch
        {
            VarBlockSyntax block => [block],
            ResourceDeclarationSyntax resource => ConfigurationVarBlocks(resource.Elements),
            _ => Enumerable.Empty<VarBlockSyntax>(),
        });

    private void DeclareVariables(IReadOnlyList<VarBlockSyntax> blocks, PouSymbol? owner, bool isGlobalList)
    {
        foreach (var block in blocks)
        {
            if (StorageOf(block.Keyword.Kind, isGlobalList) is not { } storage)
            {
                continue;
            }

            var isConstant = false;
            var isRetain = false;
            foreach (var qualifier in block.Qualifiers)
            {
                isConstant |= qualifier.Kind == SyntaxKind.ConstantKeyword;
                isRetain |= qualifier.Kind is SyntaxKind.RetainKeyword or SyntaxKind.PersistentKeyword;
            }

            foreach (var declaration in block.Declarations)
            {
                var address = declaration.At?.Address.Text;
                foreach (var nameToken in declaration.Names)
                {
                    if (nameToken.IsMissing)
                    {
                        continue;
                    }

                    var variable = new VariableSymbol(Names.Of(nameToken), storage, declaration, nameToken, owner, isConstant, address, isRetain)
                    {
                        Initializer = declaration.Initializer,
                    };
                    var added = owner is null ? _globals.TryAddVariable(variable) : owner.TryAddVariable(variable);
                    if (!added)
                    {
                        var first = owner is null ? _globals.FindVariable(variable.Name) : owner.FindOwnVariable(variable.Name);
                        ReportDuplicate("variable", nameToken, first?.NameToken);
                        continue;
                    }

                    _pendingVariables.Add(new PendingVariable(variable, declaration.Type, owner));
                }
            }
        }
    }

    /// <summary>TwinCAT names a GVL after its file, so GVL_IO.bStartBtn works (and is required with qualified_only).</summary>
    private void NameGlobalList(SyntaxTree tree, int firstNew)
    {
        var name = Path.GetFileNameWithoutExtension(tree.Source.Path);
        if (string.IsNullOrEmpty(name))
        {
            return;
        }

        for (var i = firstNew; i < _globals.Variables.Count; i++)
        {
            _globals.AddToGlobalList(name, _globals.Variables[i]);
        }
    }

    private static VariableStorage? StorageOf(SyntaxKind keyword, bool isGlobalList) => keyword switch
    {
        SyntaxKind.VarInputKeyword => VariableStorage.Input,
        SyntaxKind.VarOutputKeyword => VariableStorage.Output,
        SyntaxKind.VarInOutKeyword => VariableStorage.InOut,
        SyntaxKind.VarTempKeyword => VariableStorage.Temp,
        SyntaxKind.VarStatKeyword => VariableStorage.Static,
        SyntaxKind.VarGlobalKeyword => VariableStorage.Global,
        SyntaxKind.VarExternalKeyword => VariableStorage.External,
        SyntaxKind.VarInstKeyword => VariableStorage.Local,
        SyntaxKind.VarKeyword => isGlobalList ? VariableStorage.Global : VariableStorage.Local,
        _ => null,
    };

    /// <summary>A Siemens DATA_BLOCK is a global variable: an instance DB of a block or UDT, or a struct of its own.</summary>
    private void DeclareDataBlock(DataBlockDeclarationSyntax syntax)
    {
        var variable = new VariableSymbol(Names.Of(syntax.Name), VariableStorage.Global, syntax, syntax.Name, null, false, null);
        if (!_globals.TryAddVariable(variable))
        {
            ReportDuplicate("data block", syntax.Name, _globals.FindVariable(variable.Name)?.NameToken);
            return;
        }

        _dataBlocks.Add((syntax, variable));
    }

    private StType DataBlockType(DataBlockDeclarationSyntax syntax, VariableSymbol variable)
    {
        if (syntax.Type is { } type)
        {
            return ResolveType(type, null, variable.Name);
        }

        var structure = new StructType(variable.Name);
        var fields = new List<StructField>();
        foreach (var block in syntax.VarBlocks)
        {
            foreach (var declaration in block.Declarations)
            {
                var fieldType = ResolveType(declaration.Type, null, variable.Name);
                foreach (var name in declaration.Names)
                {
                    var field = new VariableSymbol(Names.Of(name), VariableStorage.Member, declaration, name, null, false, declaration.At?.Address.Text)
                    {
                        Type = fieldType,
                        Initializer = declaration.Initializer,
                    };
                    fields.Add(new StructField(field.Name, fieldType));
                    _members.RegisterField(structure, field);
                }
            }
        }

        structure.Define(fields);
        return structure;
    }

    private void ReportDuplicate(string what, SyntaxToken name, SyntaxToken? first)
    {
        if (_library is not null)
        {
            return; // the project's declaration of the name came first and wins
        }

        if (name.Parent?.SyntaxTree is not { } tree)
        {
            return;
        }

        var where = first?.Parent?.SyntaxTree is { } firstTree
            ? $" (first at {Location(firstTree, first)})"
            : string.Empty;
        _diagnostics.Report(SemanticDiagnosticCodes.DuplicateDeclaration, name, tree.Source, what, Names.Of(name), where);
    }

    private static string Location(SyntaxTree tree, SyntaxToken token)
    {
        var position = tree.Source.GetLinePosition(token.Span.Start);
        return string.IsNullOrEmpty(tree.Source.Path) ? $"line {position.Line}" : $"{Path.GetFileName(tree.Source.Path)}:{position.Line}";
    }

    private ConstantValue? ConstantOf(VariableSymbol variable)
    {
        if (_constants.TryGetValue(variable, out var value))
        {
            return value;
        }

        if (variable.Initializer is null || !_evaluating.Add(variable))
        {
            return null; // no initializer, or a cycle (A := B, B := A)
        }

        value = _evaluator.Evaluate(variable.Initializer.Value, variable.Owner);
        if (value is not null && !variable.Type.IsError && variable.Type.Underlying is ElementaryType)
        {
            value = ConstantConversion.FitUntyped(value, variable.Type).Value ?? value;
        }

        _evaluating.Remove(variable);
        _constants[variable] = value;
        return value;
    }

    private ConstantValue? InitialValueOf(VariableSymbol variable, PouSymbol? scope)
    {
        _ = scope;
        var value = variable.Initializer is null ? null : ConstantOf(variable);
        if (value is not null && !value.Type.Equals(variable.Type) && variable.Type.Underlying is ElementaryType)
        {
            value = ConstantConversion.FitUntyped(value, variable.Type).Value ?? value;
        }

        return value;
    }
}
