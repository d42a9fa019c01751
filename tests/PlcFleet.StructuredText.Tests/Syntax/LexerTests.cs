using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.StructuredText.Tests.Syntax;

public sealed class LexerTests
{
    private static IReadOnlyList<SyntaxToken> Lex(string text, Dialect dialect = Dialect.Codesys) => SyntaxTree.Lex(new SourceText(text), dialect);

    private static SyntaxKind[] Kinds(string text) => Lex(text).Select(token => token.Kind).SkipLast(1).ToArray();

    [Theory]
    [InlineData(":=", SyntaxKind.ColonEqualsToken)]
    [InlineData("=>", SyntaxKind.ArrowToken)]
    [InlineData("**", SyntaxKind.StarStarToken)]
    [InlineData("*", SyntaxKind.StarToken)]
    [InlineData("/", SyntaxKind.SlashToken)]
    [InlineData("+", SyntaxKind.PlusToken)]
    [InlineData("-", SyntaxKind.MinusToken)]
    [InlineData("<", SyntaxKind.LessToken)]
    [InlineData(">", SyntaxKind.GreaterToken)]
    [InlineData("<=", SyntaxKind.LessEqualsToken)]
    [InlineData(">=", SyntaxKind.GreaterEqualsToken)]
    [InlineData("=", SyntaxKind.EqualsToken)]
    [InlineData("<>", SyntaxKind.LessGreaterToken)]
    [InlineData("&", SyntaxKind.AmpersandToken)]
    [InlineData("^", SyntaxKind.CaretToken)]
    [InlineData(".", SyntaxKind.DotToken)]
    [InlineData("..", SyntaxKind.DotDotToken)]
    [InlineData(",", SyntaxKind.CommaToken)]
    [InlineData(";", SyntaxKind.SemicolonToken)]
    [InlineData(":", SyntaxKind.ColonToken)]
    [InlineData("(", SyntaxKind.OpenParenToken)]
    [InlineData(")", SyntaxKind.CloseParenToken)]
    [InlineData("[", SyntaxKind.OpenBracketToken)]
    [InlineData("]", SyntaxKind.CloseBracketToken)]
    [InlineData("#", SyntaxKind.HashToken)]
    [InlineData("AND", SyntaxKind.AndKeyword)]
    [InlineData("or", SyntaxKind.OrKeyword)]
    [InlineData("Xor", SyntaxKind.XorKeyword)]
    [InlineData("NOT", SyntaxKind.NotKeyword)]
    [InlineData("MOD", SyntaxKind.ModKeyword)]
    [InlineData("AND_THEN", SyntaxKind.AndThenKeyword)]
    [InlineData("OR_ELSE", SyntaxKind.OrElseKeyword)]
    [InlineData("END_FUNCTION_BLOCK", SyntaxKind.EndFunctionBlockKeyword)]
    [InlineData("var_in_out", SyntaxKind.VarInOutKeyword)]
    [InlineData("Motor_1", SyntaxKind.IdentifierToken)]
    [InlineData("_private", SyntaxKind.IdentifierToken)]
    [InlineData("INT", SyntaxKind.IdentifierToken)]
    public void Single_token_kinds(string text, SyntaxKind kind)
    {
        var tokens = Lex(text);
        Assert.Equal(2, tokens.Count);
        Assert.Equal(kind, tokens[0].Kind);
        Assert.Equal(text, tokens[0].Text);
    }

    [Fact]
    public void Range_after_integer_is_not_a_real()
    {
        Assert.Equal([SyntaxKind.IntegerLiteralToken, SyntaxKind.DotDotToken, SyntaxKind.IntegerLiteralToken], Kinds("1..5"));
    }

    [Fact]
    public void Bit_access_after_name_is_dot_and_integer()
    {
        Assert.Equal([SyntaxKind.IdentifierToken, SyntaxKind.DotToken, SyntaxKind.IntegerLiteralToken], Kinds("wStatus.3"));
    }

    [Fact]
    public void Typed_literal_is_type_hash_value()
    {
        Assert.Equal([SyntaxKind.IdentifierToken, SyntaxKind.HashToken, SyntaxKind.IntegerLiteralToken], Kinds("INT#16#FF"));
    }

    [Theory]
    [InlineData("(* block *)", SyntaxKind.BlockCommentTrivia)]
    [InlineData("(* outer (* nested *) still comment *)", SyntaxKind.BlockCommentTrivia)]
    [InlineData("/* c style */", SyntaxKind.CStyleCommentTrivia)]
    [InlineData("// line", SyntaxKind.LineCommentTrivia)]
    [InlineData("{attribute 'safety'}", SyntaxKind.PragmaTrivia)]
    [InlineData("   \t", SyntaxKind.WhitespaceTrivia)]
    public void Trivia_kinds(string text, SyntaxKind kind)
    {
        var token = Assert.Single(Lex(text));
        Assert.Equal(SyntaxKind.EndOfFileToken, token.Kind);
        Assert.Equal(kind, token.LeadingTrivia[0].Kind);
        Assert.Equal(text, token.LeadingTrivia[0].Text);
    }

    [Fact]
    public void Trailing_trivia_ends_with_the_line_break_and_leading_takes_the_rest()
    {
        var tokens = Lex("x := 1; // set\n  (* next *) y");
        var semicolon = tokens[3];
        Assert.Equal([SyntaxKind.WhitespaceTrivia, SyntaxKind.LineCommentTrivia, SyntaxKind.EndOfLineTrivia], semicolon.TrailingTrivia.Select(t => t.Kind));
        var y = tokens[4];
        Assert.Equal([SyntaxKind.WhitespaceTrivia, SyntaxKind.BlockCommentTrivia, SyntaxKind.WhitespaceTrivia], y.LeadingTrivia.Select(t => t.Kind));
    }

    [Fact]
    public void Pragma_on_the_same_line_goes_to_the_next_token()
    {
        var tokens = Lex("a : BOOL; {attribute 'safety'} b : BOOL;");
        Assert.DoesNotContain(tokens[3].TrailingTrivia, trivia => trivia.Kind == SyntaxKind.PragmaTrivia);
        Assert.Equal("safety", Assert.Single(tokens[4].Pragmas).Name);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public void Line_breaks_of_every_style_are_one_trivia(string lineBreak)
    {
        var tokens = Lex($"a{lineBreak}b");
        Assert.Equal(lineBreak, Assert.Single(tokens[0].TrailingTrivia).Text);
    }

    [Theory]
    [InlineData("'$N$L$R$T$P$$$'$\"'")]
    [InlineData("'Line$0A'")]
    [InlineData("'it''s'")]
    public void Valid_string_escapes(string text)
    {
        var diagnostics = SyntaxTree.Parse($"PROGRAM P\ns := {text};\nEND_PROGRAM").Diagnostics;
        Assert.DoesNotContain(diagnostics, diagnostic => diagnostic.Code == SyntaxDiagnosticCodes.InvalidEscape);
    }

    [Fact]
    public void Keyword_case_is_preserved_in_the_text()
    {
        var token = Lex("End_If")[0];
        Assert.Equal(SyntaxKind.EndIfKeyword, token.Kind);
        Assert.Equal("End_If", token.Text);
        Assert.True(token.IsKeyword);
    }

    [Fact]
    public void Binary_noise_is_kept_as_bad_tokens()
    {
        var text = "x\0\u0001\uFFFF:= 1;";
        var tree = SyntaxTree.Parse(text);
        Assert.Equal(text, tree.ToFullString());
        Assert.Contains(tree.Diagnostics, diagnostic => diagnostic.Code == SyntaxDiagnosticCodes.InvalidCharacter && diagnostic.Message.Contains("U+0000", StringComparison.Ordinal));
    }

    [Fact]
    public void Byte_order_mark_is_whitespace()
    {
        var tree = SyntaxTree.Parse("\uFEFFPROGRAM P\nEND_PROGRAM");
        Assert.Empty(tree.Diagnostics);
    }

    [Fact]
    public void Keywords_table_has_a_display_text_for_each_keyword()
    {
        Assert.Equal("END_FUNCTION_BLOCK", SyntaxFacts.KeywordText(SyntaxKind.EndFunctionBlockKeyword));
        Assert.Equal("VAR_IN_OUT", SyntaxFacts.KeywordText(SyntaxKind.VarInOutKeyword));
        Assert.Equal(SyntaxKind.DurationLiteralToken, SyntaxFacts.GetDateTimeLiteralKind("ltime"));
        Assert.Equal(SyntaxKind.None, SyntaxFacts.GetDateTimeLiteralKind("INT"));
    }
}
