namespace PlcFleet.StructuredText.Syntax;

/// <summary>TASK name (INTERVAL := T#10MS, PRIORITY := 1); the cyclic task a program runs in.</summary>
public sealed class TaskConfigurationSyntax : SyntaxNode
{
    internal TaskConfigurationSyntax(SyntaxToken taskKeyword, SyntaxToken name, ArgumentListSyntax? arguments, SyntaxToken semicolon)
        : base(SyntaxKind.TaskConfiguration, [taskKeyword, name, arguments, semicolon])
    {
    }

    public SyntaxToken TaskKeyword => GetToken(0);

    public SyntaxToken Name => GetToken(1);

    public ArgumentListSyntax? Arguments => GetOptionalNode<ArgumentListSyntax>(2);

    public SyntaxToken Semicolon => GetToken(3);
}
