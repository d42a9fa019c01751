namespace PlcFleet.StructuredText.Syntax;

/// <summary>PROGRAM instance WITH task : program type [(...)]; binds a program to the task that scans it.</summary>
public sealed class ProgramConfigurationSyntax : SyntaxNode
{
    internal ProgramConfigurationSyntax(SyntaxToken programKeyword, SyntaxToken? qualifier, SyntaxToken name, SyntaxToken? withKeyword, SyntaxToken? taskName, SyntaxToken colon, SyntaxToken typeName, ArgumentListSyntax? arguments, SyntaxToken semicolon)
        : base(SyntaxKind.ProgramConfiguration, [programKeyword, qualifier, name, withKeyword, taskName, colon, typeName, arguments, semicolon])
    {
    }

    public SyntaxToken ProgramKeyword => GetToken(0);

    public SyntaxToken? Qualifier => GetOptionalToken(1);

    public SyntaxToken Name => GetToken(2);

    public SyntaxToken? WithKeyword => GetOptionalToken(3);

    public SyntaxToken? TaskName => GetOptionalToken(4);

    public SyntaxToken Colon => GetToken(5);

    public SyntaxToken TypeName => GetToken(6);

    public ArgumentListSyntax? Arguments => GetOptionalNode<ArgumentListSyntax>(7);

    public SyntaxToken Semicolon => GetToken(8);
}
