namespace PlcFleet.StructuredText.Syntax;

/// <summary>
/// <c>Pump(N);</c> or <c>Alarm(D, T#5s);</c> inside a step: an action (or a BOOL variable) with its qualifier and, for
/// the timed qualifiers, a duration.
/// </summary>
public sealed class SfcActionAssociationSyntax : SyntaxNode
{
    internal SfcActionAssociationSyntax(SyntaxToken actionName, ArgumentListSyntax? qualifier, SyntaxToken semicolon)
        : base(SyntaxKind.SfcActionAssociation)
    {
        ActionName = actionName;
        Qualifier = qualifier;
        Semicolon = semicolon;
        Initialize();
    }

    public SyntaxToken ActionName { get; }

    public ArgumentListSyntax? Qualifier { get; }

    public SyntaxToken Semicolon { get; }

    internal override int SlotCount => 3;

    internal override object? GetSlot(int index) => index switch
    {
        0 => ActionName,
        1 => Qualifier,
        2 => Semicolon,
        _ => null,
    };
}
