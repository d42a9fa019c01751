using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.StructuredText.Tests.Syntax;

public sealed class SyntaxTreeApiTests
{
    private const string Alarm = "PROGRAM PRG_Alarms\nVAR\n    fbHorn : TON;\nEND_VAR\n(* sound the horn *)\nfbHorn(IN := xAlarm, PT := T#3S);\nEND_PROGRAM\n";

    private static SyntaxTree Tree() => SyntaxTree.Parse(new SourceText(Alarm, "plc/Alarms.st"));

    [Fact]
    public void Tree_exposes_source_dialect_root_and_diagnostics()
    {
        var tree = SyntaxTree.Parse(new SourceText(Alarm, "plc/Alarms.st"), Dialect.Iec);
        Assert.Equal("plc/Alarms.st", tree.Source.Path);
        Assert.Equal(Dialect.Iec, tree.Dialect);
        Assert.Equal(SyntaxKind.CompilationUnit, tree.Root.Kind);
        Assert.Empty(tree.Diagnostics);
        Assert.False(tree.HasErrors);
    }

    [Fact]
    public void Locations_are_file_line_column()
    {
        var call = Tree().Root.DescendantNodes().OfType<InvocationExpressionSyntax>().Single();
        var location = call.GetLocation()!;
        Assert.Equal("plc/Alarms.st:6:1", location.ToString());
        Assert.Equal(new LinePosition(6, 33), location.End);
        Assert.Equal(new LinePosition(6, 14), call.ArgumentList.Arguments[0].Value!.GetLinePosition());
        Assert.Equal("plc/Alarms.st:6:28", call.DescendantTokens().Single(token => token.Kind == SyntaxKind.DurationLiteralToken).GetLocation()!.ToString());
    }

    [Fact]
    public void Parents_link_every_node_and_token_to_the_root()
    {
        var tree = Tree();
        Assert.Null(tree.Root.Parent);
        Assert.All(tree.Root.DescendantNodes(), node => Assert.NotNull(node.Parent));
        Assert.All(tree.Root.DescendantTokens(), token => Assert.NotNull(token.Parent));
        var literal = tree.Root.DescendantNodes().OfType<LiteralExpressionSyntax>().Single();
        Assert.Equal([SyntaxKind.Argument, SyntaxKind.ArgumentList, SyntaxKind.InvocationExpression, SyntaxKind.ExpressionStatement, SyntaxKind.ProgramDeclaration, SyntaxKind.CompilationUnit],
            literal.Ancestors().Select(node => node.Kind));
    }

    [Fact]
    public void Child_nodes_and_tokens_are_in_source_order()
    {
        var tree = Tree();
        foreach (var node in tree.Root.DescendantNodesAndSelf())
        {
            var position = node.FullSpan.Start;
            foreach (var child in node.ChildNodesAndTokens())
            {
                Assert.Equal(position, child.FullSpan.Start);
                position = child.FullSpan.End;
            }

            Assert.Equal(node.FullSpan.End, position);
        }
    }

    [Fact]
    public void Comment_is_leading_trivia_of_the_statement_it_precedes()
    {
        var statement = Tree().Root.DescendantNodes().OfType<ExpressionStatementSyntax>().Single();
        var first = statement.FirstToken()!;
        Assert.Contains(first.LeadingTrivia, trivia => trivia.IsComment && trivia.Text == "(* sound the horn *)");
        Assert.Equal("fbHorn(IN := xAlarm, PT := T#3S);", statement.ToString());
    }

    [Fact]
    public void Parse_file_picks_the_dialect_from_the_extension()
    {
        var path = Path.Combine(Path.GetTempPath(), $"plcfleet-{Guid.NewGuid():N}.scl");
        File.WriteAllText(path, "FUNCTION \"F\" : Void\nBEGIN\n  #x := \"DB\".y;\nEND_FUNCTION\n");
        try
        {
            var tree = SyntaxTree.ParseFile(path, "F.scl");
            Assert.Equal(Dialect.Scl, tree.Dialect);
            Assert.Equal("F.scl", tree.Source.Path);
            Assert.Empty(tree.Diagnostics);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Printer_dumps_kinds_tokens_and_diagnostics()
    {
        var dump = SyntaxTreePrinter.Print(SyntaxTree.Parse("PROGRAM P\nx := 1\nEND_PROGRAM"));
        Assert.Contains("    SemicolonToken <missing>\n", dump, StringComparison.Ordinal);
        Assert.Contains("  2:7 error ST0010: expected ';' after the assignment, found 'END_PROGRAM'", dump, StringComparison.Ordinal);
    }
}
