using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Symbols;

/// <summary>
/// A POU: program, function block, function, method, property, action or interface. Methods, properties and actions
/// have <see cref="Parent"/> (their function block or program) and see its variables.
/// </summary>
public sealed class PouSymbol : Symbol
{
    private readonly Dictionary<string, VariableSymbol> _variables = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<VariableSymbol> _variableList = [];
    private readonly Dictionary<string, PouSymbol> _members = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<PouSymbol> _memberList = [];

    internal PouSymbol(string name, PouKind kind, SyntaxNode declaration, SyntaxToken nameToken, PouSymbol? parent, Dialect dialect)
        : base(name, declaration)
    {
        Kind = kind;
        NameToken = nameToken;
        Parent = parent;
        Dialect = dialect;
    }

    public PouKind Kind { get; }

    public SyntaxToken NameToken { get; }

    public Dialect Dialect { get; }

    /// <summary>The function block or program a method, property or action belongs to.</summary>
    public PouSymbol? Parent { get; }

    /// <summary>EXTENDS: the base function block (or base interface for an interface).</summary>
    public PouSymbol? Base { get; internal set; }

    public IReadOnlyList<PouSymbol> Interfaces { get; internal set; } = [];

    /// <summary>The function's or method's return type, a property's type; null for programs and blocks.</summary>
    public StType? ReturnType { get; internal set; }

    /// <summary>The type of an instance: the FunctionBlockType of a block, the InterfaceType of an interface.</summary>
    public StType? InstanceType { get; internal set; }

    /// <summary>The variable holding the result (the function's own name), for functions, methods and property getters.</summary>
    public VariableSymbol? ResultVariable { get; internal set; }

    /// <summary>Own variables in declaration order (not inherited ones).</summary>
    public IReadOnlyList<VariableSymbol> Variables => _variableList;

    /// <summary>Methods, properties and actions declared inside, in declaration order.</summary>
    public IReadOnlyList<PouSymbol> Members => _memberList;

    public IEnumerable<VariableSymbol> Inputs => _variableList.Where(v => v.Storage == VariableStorage.Input);

    public IEnumerable<VariableSymbol> Outputs => _variableList.Where(v => v.Storage == VariableStorage.Output);

    /// <summary>The parameters a call passes in order: VAR_INPUT and VAR_IN_OUT.</summary>
    public IEnumerable<VariableSymbol> Parameters =>
        _variableList.Where(v => v.Storage is VariableStorage.Input or VariableStorage.InOut);

    /// <summary>
    /// The library whose shipped declaration this is (e.g. Tc2_System); null for the project's own POUs. A library POU
    /// has no body here: the vendor's code is not shipped, so the simulator refuses to call it.
    /// </summary>
    public string? Library { get; internal set; }

    /// <summary>
    /// EXTENDS names a block that is not declared (already reported, e.g. from a library PlcFleet does not ship): its
    /// inherited members are unknown, so a member not found is not reported again.
    /// </summary>
    public bool HasUnknownBase { get; internal set; }

    /// <summary>False for interfaces and their method and property prototypes, and for library declarations.</summary>
    public bool HasBody { get; internal set; } = true;

    /// <summary>An own variable by name.</summary>
    public VariableSymbol? FindOwnVariable(string name) => _variables.GetValueOrDefault(name);

    /// <summary>A variable of this POU or, for a block, of its base blocks.</summary>
    public VariableSymbol? FindVariable(string name)
    {
        for (var pou = this; pou is not null; pou = pou.Base)
        {
            if (pou._variables.TryGetValue(name, out var variable))
            {
                return variable;
            }
        }

        return null;
    }

    /// <summary>A method, property or action of this block or its base blocks.</summary>
    public PouSymbol? FindMember(string name)
    {
        for (var pou = this; pou is not null; pou = pou.Base)
        {
            if (pou._members.TryGetValue(name, out var member))
            {
                return member;
            }
        }

        return null;
    }

    /// <summary>All variables visible as members from outside, base first.</summary>
    public IEnumerable<VariableSymbol> AllVariables() =>
        Base is null ? _variableList : Base.AllVariables().Concat(_variableList);

    internal bool TryAddVariable(VariableSymbol variable)
    {
        if (!_variables.TryAdd(variable.Name, variable))
        {
            return false;
        }

        _variableList.Add(variable);
        return true;
    }

    internal bool TryAddMember(PouSymbol member)
    {
        if (!_members.TryAdd(member.Name, member))
        {
            return false;
        }

        _memberList.Add(member);
        return true;
    }

    /// <summary>The statements of the body (for a property, its GET and SET accessors are separate members).</summary>
    internal IReadOnlyList<StatementSyntax> BodyStatements { get; set; } = [];
}
