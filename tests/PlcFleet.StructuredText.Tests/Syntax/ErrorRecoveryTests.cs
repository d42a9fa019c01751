using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Syntax;
using static PlcFleet.StructuredText.Tests.Syntax.SyntaxTestHelpers;

namespace PlcFleet.StructuredText.Tests.Syntax;

/// <summary>Each syntax diagnostic code with its exact position, and that the rest of the file is still read.</summary>
public sealed class ErrorRecoveryTests
{
    private static Diagnostic Only(string source, string code, Dialect dialect = Dialect.Codesys)
    {
        var tree = Parse(source, dialect);
        AssertRoundTrips(tree);
        AssertSpansAreContiguous(tree);
        return Assert.Single(tree.Diagnostics, diagnostic => diagnostic.Code == code);
    }

    private static string At(Diagnostic diagnostic) => $"{diagnostic.Start.Line}:{diagnostic.Start.Column}";

    [Fact]
    public void ST0001_unterminated_block_comment()
    {
        var diagnostic = Only("PROGRAM P\nx := 1; (* never closed\nEND_PROGRAM", SyntaxDiagnosticCodes.UnterminatedComment);
        Assert.Equal("2:9", At(diagnostic));
    }

    [Fact]
    public void ST0022_commented_out_comment_opener_is_read_as_a_flat_comment()
    {
        var diagnostic = Only("FUNCTION F : INT\nF := 1;\n(* old code\n  (* check\n  F := 2;\n*)\nEND_FUNCTION\n", SyntaxDiagnosticCodes.CommentReadFlat);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("3:1", At(diagnostic));
    }

    [Fact]
    public void ST0001_unterminated_c_style_comment()
    {
        var diagnostic = Only("PROGRAM P\n/* open", SyntaxDiagnosticCodes.UnterminatedComment);
        Assert.Equal("2:1", At(diagnostic));
    }

    [Fact]
    public void ST0002_unterminated_string_stops_at_the_line_end()
    {
        var tree = Parse("PROGRAM P\ns := 'open;\nx := 1;\nEND_PROGRAM");
        var diagnostic = Assert.Single(tree.Diagnostics, d => d.Code == SyntaxDiagnosticCodes.UnterminatedString);
        Assert.Equal("2:6", At(diagnostic));
        Assert.Contains(tree.Root.DescendantNodes().OfType<AssignmentStatementSyntax>(), a => a.Left.ToString() == "x");
    }

    [Fact]
    public void ST0003_unterminated_pragma()
    {
        var diagnostic = Only("{attribute 'safety'\nPROGRAM P\nEND_PROGRAM", SyntaxDiagnosticCodes.UnterminatedPragma);
        Assert.Equal("1:1", At(diagnostic));
    }

    [Fact]
    public void ST0004_invalid_character()
    {
        var diagnostic = Only("PROGRAM P\nx := 3 @ 4;\nEND_PROGRAM", SyntaxDiagnosticCodes.InvalidCharacter);
        Assert.Equal("2:8", At(diagnostic));
        Assert.Equal(1, diagnostic.Span.Length);
    }

    [Theory]
    [InlineData("16#", "2:6")]
    [InlineData("T#5x", "2:6")]
    [InlineData("T#", "2:6")]
    [InlineData("D#x", "2:6")]
    [InlineData("%", "2:6")]
    public void ST0005_malformed_literals(string literal, string position)
    {
        var diagnostic = Only($"PROGRAM P\nx := {literal};\nEND_PROGRAM", SyntaxDiagnosticCodes.MalformedLiteral);
        Assert.Equal(position, At(diagnostic));
    }

    [Fact]
    public void ST0006_invalid_escape()
    {
        var diagnostic = Only("PROGRAM P\ns := 'bad $Q escape';\nEND_PROGRAM", SyntaxDiagnosticCodes.InvalidEscape);
        Assert.Equal("2:11", At(diagnostic));
    }

    [Fact]
    public void ST0010_missing_semicolon_is_reported_at_the_end_of_the_line_that_lacks_it()
    {
        var tree = Parse("PROGRAM P\nxMotor := TRUE\nnCount := 1;\nEND_PROGRAM");
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal(SyntaxDiagnosticCodes.ExpectedToken, diagnostic.Code);
        Assert.Equal("2:15", At(diagnostic));
        Assert.Equal("expected ';' after the assignment, found 'nCount'", diagnostic.Message);
        Assert.Equal(2, ((ProgramDeclarationSyntax)tree.Root.Declarations[0]).Statements.Count);
        Assert.True(((AssignmentStatementSyntax)((ProgramDeclarationSyntax)tree.Root.Declarations[0]).Statements[0]).Semicolon.IsMissing);
    }

    [Fact]
    public void ST0010_missing_then()
    {
        var diagnostic = Only("PROGRAM P\nIF xStart\n  xRun := TRUE;\nEND_IF\nEND_PROGRAM", SyntaxDiagnosticCodes.ExpectedToken);
        Assert.Equal("2:10", At(diagnostic));
        Assert.Equal("expected THEN after the IF condition, found 'xRun'", diagnostic.Message);
    }

    [Fact]
    public void ST0010_missing_colon_in_declaration()
    {
        var diagnostic = Only("PROGRAM P\nVAR\n  xRun BOOL;\nEND_VAR\nEND_PROGRAM", SyntaxDiagnosticCodes.ExpectedToken);
        Assert.Equal("3:7", At(diagnostic));
        Assert.Contains("'xRun'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ST0011_missing_end_if_names_the_opening_line()
    {
        var tree = Parse("PROGRAM P\nIF a THEN\n  b := 1;\nEND_PROGRAM");
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal(SyntaxDiagnosticCodes.MissingEnd, diagnostic.Code);
        Assert.Equal("expected END_IF to close the IF at line 2, found 'END_PROGRAM'", diagnostic.Message);
        Assert.Equal("4:1", At(diagnostic));
        Assert.False(((ProgramDeclarationSyntax)tree.Root.Declarations[0]).EndKeyword.IsMissing);
    }

    [Fact]
    public void ST0011_missing_end_var_still_reads_the_body()
    {
        var tree = Parse("PROGRAM P\nVAR\n  x : INT;\nIF x > 0 THEN x := 0; END_IF\nEND_PROGRAM");
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal(SyntaxDiagnosticCodes.MissingEnd, diagnostic.Code);
        Assert.StartsWith("expected END_VAR to close the VAR at line 2", diagnostic.Message, StringComparison.Ordinal);
        Assert.IsType<IfStatementSyntax>(((ProgramDeclarationSyntax)tree.Root.Declarations[0]).Statements[0]);
    }

    [Fact]
    public void ST0011_missing_end_function_block_before_next_pou()
    {
        var tree = Parse("FUNCTION_BLOCK FB_A\nx := 1;\nPROGRAM P\nEND_PROGRAM");
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal("3:1", At(diagnostic));
        Assert.Equal(2, tree.Root.Declarations.Count);
    }

    [Fact]
    public void ST0012_stray_end_keyword_is_skipped_and_kept_as_trivia()
    {
        var tree = Parse("PROGRAM P\nx := 1;\nEND_WHILE\ny := 2;\nEND_PROGRAM");
        var diagnostic = Assert.Single(tree.Diagnostics);
        Assert.Equal(SyntaxDiagnosticCodes.UnexpectedToken, diagnostic.Code);
        Assert.Equal("3:1", At(diagnostic));
        Assert.Equal(9, diagnostic.Span.Length);
        Assert.Equal(2, ((ProgramDeclarationSyntax)tree.Root.Declarations[0]).Statements.Count);
        Assert.Contains(tree.Root.DescendantTokens().SelectMany(t => t.LeadingTrivia), t => t.Kind == SyntaxKind.SkippedTokensTrivia && t.Text == "END_WHILE");
        AssertRoundTrips(tree);
    }

    [Fact]
    public void ST0012_garbage_in_var_block()
    {
        var diagnostic = Only("PROGRAM P\nVAR\n  ) x : INT;\nEND_VAR\nEND_PROGRAM", SyntaxDiagnosticCodes.UnexpectedToken);
        Assert.Equal("3:3", At(diagnostic));
    }

    [Fact]
    public void ST0012_statement_before_first_case_label()
    {
        var diagnostic = Only("PROGRAM P\nCASE n OF\n  := 1;\n  1: x := 1;\nEND_CASE\nEND_PROGRAM", SyntaxDiagnosticCodes.UnexpectedToken);
        Assert.Equal("3:3", At(diagnostic));
    }

    [Fact]
    public void ST0013_missing_expression()
    {
        var diagnostic = Only("PROGRAM P\nx := ;\nEND_PROGRAM", SyntaxDiagnosticCodes.ExpectedExpression);
        Assert.Equal("2:5", At(diagnostic));
        Assert.Equal("expected a value, variable or expression, found ';'", diagnostic.Message);
    }

    [Fact]
    public void ST0014_missing_type()
    {
        var diagnostic = Only("PROGRAM P\nVAR\n  x : ;\nEND_VAR\nEND_PROGRAM", SyntaxDiagnosticCodes.ExpectedType);
        Assert.Equal("3:6", At(diagnostic));
    }

    [Fact]
    public void ST0015_text_outside_any_declaration()
    {
        var tree = Parse("x := 1;\nPROGRAM P\nEND_PROGRAM");
        Assert.Equal(SyntaxDiagnosticCodes.ExpectedDeclaration, tree.Diagnostics[0].Code);
        Assert.Equal("1:1", At(tree.Diagnostics[0]));
        Assert.IsType<ProgramDeclarationSyntax>(Assert.Single(tree.Root.Declarations));
    }

    [Fact]
    public void ST0016_comparison_as_statement_is_a_warning()
    {
        var diagnostic = Only("PROGRAM P\nx = 1;\nEND_PROGRAM", SyntaxDiagnosticCodes.ComparisonAsStatement);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("2:3", At(diagnostic));
    }

    [Theory]
    [InlineData("xA S= xB;", "3:4")]
    [InlineData("xA R= xB;", "3:4")]
    [InlineData("IF a AND_THEN b THEN END_IF;", "3:6")]
    [InlineData("IF a OR_ELSE b THEN END_IF;", "3:6")]
    [InlineData("REGION Init\nEND_REGION;", "3:1")]
    [InlineData("#x := 1;", "3:1")]
    public void ST0020_vendor_constructs_warn_in_strict_IEC(string statement, string position)
    {
        var source = $"PROGRAM P\nVAR a, b, xA, xB, x : BOOL; END_VAR;\n{statement}\nEND_PROGRAM;";
        var diagnostic = Only(source, SyntaxDiagnosticCodes.DialectConstruct, Dialect.Iec);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(position, At(diagnostic));
        Assert.DoesNotContain(Parse(source).Diagnostics, d => d.Code == SyntaxDiagnosticCodes.DialectConstruct);
    }

    [Fact]
    public void ST0021_end_if_without_semicolon_warns_only_in_strict_IEC()
    {
        const string Source = "PROGRAM P\nIF a THEN b := 1; END_IF\nEND_PROGRAM;";
        var diagnostic = Only(Source, SyntaxDiagnosticCodes.MissingSemicolonAfterEnd, Dialect.Iec);
        Assert.Equal("2:25", At(diagnostic));
        Assert.Empty(Parse(Source).Diagnostics);
    }

    [Fact]
    public void Truncated_file_reports_every_open_block()
    {
        var tree = Parse("PROGRAM P\nWHILE TRUE DO\n  IF a THEN\n    CASE n OF\n      1: x := ");
        Assert.Equal(
            ["expected END_CASE to close the CASE at line 4", "expected END_IF to close the IF at line 3", "expected END_WHILE to close the WHILE at line 2", "expected END_PROGRAM to close the PROGRAM at line 1"],
            tree.Diagnostics.Where(d => d.Code == SyntaxDiagnosticCodes.MissingEnd).Select(d => d.Message[..d.Message.IndexOf(',', StringComparison.Ordinal)]));
        AssertRoundTrips(tree);
    }

    [Fact]
    public void Missing_tokens_are_zero_width_and_marked()
    {
        var tree = Parse("PROGRAM P\nx := (1 + 2;\nEND_PROGRAM");
        var missing = tree.Root.DescendantTokens().Where(token => token.IsMissing).ToList();
        var close = Assert.Single(missing);
        Assert.Equal(SyntaxKind.CloseParenToken, close.Kind);
        Assert.Equal(0, close.Span.Length);
        Assert.Equal("", close.Text);
    }

    [Fact]
    public void Errors_in_one_pou_do_not_hide_the_next()
    {
        var tree = Parse("FUNCTION_BLOCK FB_Bad\nVAR x : ; END_VAR\nIF THEN\nEND_FUNCTION_BLOCK\nPROGRAM PRG_Good\nVAR y : INT; END_VAR\ny := y + 1;\nEND_PROGRAM");
        var good = Assert.IsType<ProgramDeclarationSyntax>(tree.Root.Declarations[1]);
        Assert.Single(good.Statements);
        Assert.All(tree.Diagnostics, diagnostic => Assert.True(diagnostic.Start.Line <= 4));
    }

    [Fact]
    public void Diagnostic_formats_as_file_line_column()
    {
        var tree = SyntaxTree.Parse(new PlcFleet.StructuredText.Text.SourceText("PROGRAM P\nx := 1\nEND_PROGRAM", "plc/Main.st"));
        Assert.Equal("plc/Main.st:2:7: error ST0010: expected ';' after the assignment, found 'END_PROGRAM'", tree.Diagnostics[0].ToString());
    }
}
