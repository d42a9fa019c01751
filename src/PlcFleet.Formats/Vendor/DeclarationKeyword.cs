using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Formats.Vendor;

/// <summary>The first keyword of an ST declaration (past comments and pragmas), read with the language core's lexer.</summary>
internal static class DeclarationKeyword
{
    public static SyntaxKind Of(string declaration)
    {
        foreach (var token in SyntaxTree.Lex(new SourceText(declaration)))
        {
            if (token.Kind is not SyntaxKind.EndOfFileToken)
            {
                return token.Kind;
            }
        }

        return SyntaxKind.EndOfFileToken;
    }

    /// <summary>The keyword as written (<c>FUNCTION_BLOCK</c>), for the project model.</summary>
    public static string Name(SyntaxKind keyword) => keyword switch
    {
        SyntaxKind.ProgramKeyword => "PROGRAM",
        SyntaxKind.FunctionBlockKeyword => "FUNCTION_BLOCK",
        SyntaxKind.FunctionKeyword => "FUNCTION",
        SyntaxKind.InterfaceKeyword => "INTERFACE",
        SyntaxKind.TypeKeyword => "TYPE",
        _ => "POU",
    };

    /// <summary>The END_ word that closes a POU opened by <paramref name="keyword"/>, or null for declarations that close themselves.</summary>
    public static string? EndOf(SyntaxKind keyword) => keyword switch
    {
        SyntaxKind.ProgramKeyword => "END_PROGRAM",
        SyntaxKind.FunctionBlockKeyword => "END_FUNCTION_BLOCK",
        SyntaxKind.FunctionKeyword => "END_FUNCTION",
        SyntaxKind.InterfaceKeyword => "END_INTERFACE",
        _ => null,
    };
}
