using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.StructuredText.Tests.Syntax;

internal static class SyntaxTestHelpers
{
    public static SyntaxTree Parse(string text, Dialect dialect = Dialect.Codesys) =>
        SyntaxTree.Parse(new SourceText(text, "test.st"), dialect);

    /// <summary>Parses statements inside a program body and returns them.</summary>
    public static SyntaxList<StatementSyntax> ParseStatements(string statements, Dialect dialect = Dialect.Codesys)
    {
        var tree = Parse($"PROGRAM P\n{statements}\nEND_PROGRAM\n", dialect);
        return ((ProgramDeclarationSyntax)tree.Root.Declarations[0]).Statements;
    }

    /// <summary>Parses an expression as the right side of an assignment and returns it.</summary>
    public static ExpressionSyntax ParseExpression(string expression)
    {
        var tree = Parse($"PROGRAM P\nx := {expression};\nEND_PROGRAM\n");
        Assert.Empty(tree.Diagnostics);
        var assignment = Assert.IsType<AssignmentStatementSyntax>(((ProgramDeclarationSyntax)tree.Root.Declarations[0]).Statements[0]);
        return assignment.Right;
    }

    /// <summary>A compact prefix form of an expression: Or(a, And(b, c)).</summary>
    public static string Shape(ExpressionSyntax expression) => expression switch
    {
        BinaryExpressionSyntax binary => $"{binary.Kind.ToString().Replace("Expression", "", StringComparison.Ordinal)}({Shape(binary.Left)}, {Shape(binary.Right)})",
        UnaryExpressionSyntax unary => $"{unary.Kind.ToString().Replace("Expression", "", StringComparison.Ordinal)}({Shape(unary.Operand)})",
        ParenthesizedExpressionSyntax parenthesized => $"({Shape(parenthesized.Expression)})",
        InvocationExpressionSyntax call => $"Call({Shape(call.Expression)}; {string.Join(", ", call.ArgumentList.Arguments.Select(ShapeArgument))})",
        MemberAccessExpressionSyntax member => $"{Shape(member.Expression)}.{member.Member.Text}",
        ElementAccessExpressionSyntax element => $"{Shape(element.Expression)}[{string.Join(", ", element.Indices.Select(Shape))}]",
        DereferenceExpressionSyntax dereference => $"{Shape(dereference.Expression)}^",
        RangeExpressionSyntax range => $"{Shape(range.Lower)}..{Shape(range.Upper)}",
        TypedLiteralExpressionSyntax typed => $"{typed.TypeName.Text}#{Shape(typed.Value)}",
        LocalNameSyntax local => $"#{local.Identifier.Text}",
        _ => expression.ToString(),
    };

    private static string ShapeArgument(ArgumentSyntax argument) =>
        (argument.NotKeyword is null ? "" : "NOT ") + (argument.Name is null ? "" : $"{argument.Name.Text} {argument.OperatorToken!.Text} ") +
        (argument.Value is null ? "" : Shape(argument.Value));

    public static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PlcFleet.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("PlcFleet.slnx not found above the test output folder");
    }

    public static string GoldenDirectory() =>
        Path.Combine(RepositoryRoot(), "tests", "PlcFleet.StructuredText.Tests", "Golden", "Syntax");

    public static void AssertRoundTrips(SyntaxTree tree) => Assert.Equal(tree.Source.Text, tree.ToFullString());

    /// <summary>Every token and trivia must be contiguous: the tree covers the text with no gap or overlap.</summary>
    public static void AssertSpansAreContiguous(SyntaxTree tree)
    {
        var position = 0;
        foreach (var token in tree.Root.DescendantTokens())
        {
            foreach (var trivia in token.LeadingTrivia)
            {
                Assert.Equal(position, trivia.Span.Start);
                position = trivia.Span.End;
            }

            Assert.Equal(position, token.Span.Start);
            position = token.Span.End;
            foreach (var trivia in token.TrailingTrivia)
            {
                Assert.Equal(position, trivia.Span.Start);
                position = trivia.Span.End;
            }
        }

        Assert.Equal(tree.Source.Length, position);
        foreach (var diagnostic in tree.Diagnostics)
        {
            Assert.InRange(diagnostic.Span.Start, 0, tree.Source.Length);
            Assert.InRange(diagnostic.Span.End, diagnostic.Span.Start, tree.Source.Length);
        }
    }
}
