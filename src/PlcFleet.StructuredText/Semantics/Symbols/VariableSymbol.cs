using PlcFleet.StructuredText.Semantics.Types;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Symbols;

/// <summary>
/// A variable: POU variable, global, function block member or the result of a function. <see cref="Owner"/> is the
/// POU that declares it (null for globals and standard members). The type is resolved once all types are known.
/// </summary>
public sealed class VariableSymbol : Symbol
{
    internal VariableSymbol(string name, VariableStorage storage, SyntaxNode? declaration, SyntaxToken? nameToken,
        PouSymbol? owner, bool isConstant, string? address, bool isRetain = false)
        : base(name, declaration)
    {
        Storage = storage;
        NameToken = nameToken;
        Owner = owner;
        IsConstant = isConstant;
        Address = address;
        IsRetain = isRetain;
    }

    public VariableStorage Storage { get; }

    public StType Type { get; internal set; } = ErrorType.Instance;

    public SyntaxToken? NameToken { get; }

    public PouSymbol? Owner { get; }

    public bool IsConstant { get; }

    public bool IsRetain { get; }

    /// <summary>The AT address (%IX0.1, %QW4), if bound to I/O.</summary>
    public string? Address { get; }

    /// <summary>The declared initial value, folded when it is constant.</summary>
    public ConstantValue? InitialValue { get; internal set; }

    /// <summary>The bound initializer in the scope of its POU (x : INT := nBase * 2), for what cannot be folded to a constant.</summary>
    public Binding.BoundExpression? BoundInitializer { get; internal set; }

    /// <summary>The bound array or structure initializer ([180, 200, 220], (bOn := TRUE)), if the declaration has one.</summary>
    public InitialAggregate? InitialAggregate { get; internal set; }

    /// <summary>The initializer syntax (:= ...), if any.</summary>
    public VariableInitializerSyntax? Initializer { get; internal set; }

    /// <summary>The R_EDGE / F_EDGE qualifier of a BOOL input, if declared with one.</summary>
    public SyntaxToken? Edge => (Declaration as VariableDeclarationSyntax)?.Edge;

    public bool IsInputAddress => Address is { Length: > 1 } a && (a[1] is 'I' or 'i');
}
