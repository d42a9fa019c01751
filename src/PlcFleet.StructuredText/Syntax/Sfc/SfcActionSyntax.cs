namespace PlcFleet.StructuredText.Syntax;

/// <summary>An ACTION written among the steps and transitions of an SFC body (it belongs to the POU, like a member action).</summary>
public sealed class SfcActionSyntax : StatementSyntax
{
    internal SfcActionSyntax(ActionDeclarationSyntax declaration)
        : base(SyntaxKind.SfcAction)
    {
        Declaration = declaration;
        Initialize();
    }

    public ActionDeclarationSyntax Declaration { get; }

    internal override int SlotCount => 1;

    internal override object? GetSlot(int index) => index == 0 ? Declaration : null;
}
