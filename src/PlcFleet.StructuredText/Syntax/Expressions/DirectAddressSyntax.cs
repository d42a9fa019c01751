namespace PlcFleet.StructuredText.Syntax;

/// <summary>A direct address such as %IX0.1 or %QW4.</summary>
public sealed class DirectAddressSyntax : ExpressionSyntax
{
    internal DirectAddressSyntax(SyntaxToken address)
        : base(SyntaxKind.DirectAddress, [address])
    {
    }

    public SyntaxToken Address => GetToken(0);
}
