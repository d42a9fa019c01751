namespace PlcFleet.StructuredText.Syntax;

/// <summary>A type by name: elementary (INT, BOOL, TIME), user type or function block (TON, FB_Conveyor).</summary>
public sealed class NamedTypeSyntax : TypeSyntax
{
    internal NamedTypeSyntax(SyntaxToken name)
        : base(SyntaxKind.NamedType, [name])
    {
    }

    public SyntaxToken Name => GetToken(0);
}
