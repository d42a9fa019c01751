using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Verification.Safety.Analysis;

/// <summary>
/// One declared variable. <see cref="QualifiedName"/> is <c>pou.var</c> or <c>global.var</c> in lower case,
/// because IEC names are case-insensitive; <see cref="Name"/> keeps the spelling for messages.
/// </summary>
public sealed record VariableSymbol(
    string Name,
    string Owner,
    string TypeName,
    VarSection Section,
    string? Address,
    bool IsConstant,
    bool IsRetain,
    IReadOnlyList<SyntaxPragma> Pragmas,
    SourceRef Location,
    ExpressionSyntax? Initializer,
    TypeSyntax Type)
{
    public string QualifiedName => (Owner + "." + Name).ToLowerInvariant();

    public string DisplayName => Owner.Equals("global", StringComparison.OrdinalIgnoreCase) ? Name : Owner + "." + Name;

    public bool IsInputAddress => Address?.StartsWith("%I", StringComparison.OrdinalIgnoreCase) == true;

    public bool IsOutputAddress => Address?.StartsWith("%Q", StringComparison.OrdinalIgnoreCase) == true;

    public bool IsBool => TypeName.Equals("BOOL", StringComparison.OrdinalIgnoreCase);
}
