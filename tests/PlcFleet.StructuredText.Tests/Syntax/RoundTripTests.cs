using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;
using static PlcFleet.StructuredText.Tests.Syntax.SyntaxTestHelpers;

namespace PlcFleet.StructuredText.Tests.Syntax;

/// <summary>Every .st/.scl file in the repository (examples, fixtures, golden inputs) must reproduce byte for byte.</summary>
public sealed class RoundTripTests
{
    public static TheoryData<string> RepositoryFiles()
    {
        var root = RepositoryRoot();
        var data = new TheoryData<string>();
        var files = Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
            .Where(path => path.EndsWith(".st", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".scl", StringComparison.OrdinalIgnoreCase))
            .Where(path => !IsBuildOutput(Path.GetRelativePath(root, path)))
            .Select(path => Path.GetRelativePath(root, path))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            data.Add(file);
        }

        return data;
    }

    private static bool IsBuildOutput(string relativePath)
    {
        var parts = relativePath.Split(Path.DirectorySeparatorChar);
        return parts.Any(part => part is "bin" or "obj" or ".git" or "TestResults");
    }

    [Theory]
    [MemberData(nameof(RepositoryFiles))]
    public void Repository_file_round_trips(string relativePath)
    {
        var path = Path.Combine(RepositoryRoot(), relativePath);
        var tree = SyntaxTree.ParseFile(path, relativePath);
        Assert.Equal(File.ReadAllText(path), tree.ToFullString());
        AssertSpansAreContiguous(tree);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\n\n")]
    [InlineData("(*")]
    [InlineData("'")]
    [InlineData("\"")]
    [InlineData("{")]
    [InlineData("}")]
    [InlineData("%")]
    [InlineData("16#")]
    [InlineData("T#")]
    [InlineData("PROGRAM")]
    [InlineData("END_PROGRAM")]
    [InlineData("PROGRAM P VAR x : ARRAY[")]
    [InlineData("FUNCTION_BLOCK FB METHOD M PROPERTY P GET")]
    [InlineData("TYPE T : (a, b")]
    [InlineData("CASE x OF 1..")]
    [InlineData("x := y S= z R= REF=")]
    [InlineData("\0\0\0\u0001\u0002")]
    [InlineData("\ud800 lone surrogate")]
    [InlineData("(* (* nested unterminated *)")]
    [InlineData("a.b.c.%X1.2^[1,2](x := , => ,NOT)")]
    [InlineData("VAR_GLOBAL x : INT := [1, 2(3(4(")]
    [InlineData("CONFIGURATION C RESOURCE R ON TASK T(")]
    [InlineData("DATA_BLOCK \"x\" STRUCT")]
    public void Fragments_and_garbage_round_trip(string text)
    {
        foreach (var dialect in new[] { Dialect.Codesys, Dialect.Iec, Dialect.Scl })
        {
            var tree = SyntaxTree.Parse(new SourceText(text), dialect);
            Assert.Equal(text, tree.ToFullString());
            AssertSpansAreContiguous(tree);
        }
    }

    [Theory]
    [InlineData("(", 5000)]
    [InlineData("NOT ", 5000)]
    [InlineData("- ", 5000)]
    [InlineData("[", 5000)]
    public void Deep_nesting_is_cut_off_without_overflowing_the_stack(string opener, int depth)
    {
        var text = "PROGRAM P\nx := " + string.Concat(Enumerable.Repeat(opener, depth)) + "1;\nEND_PROGRAM";
        var tree = SyntaxTree.Parse(text);
        Assert.Equal(text, tree.ToFullString());
        Assert.Contains(tree.Diagnostics, diagnostic => diagnostic.Code == SyntaxDiagnosticCodes.NestingTooDeep || opener == "[");
    }

    [Fact]
    public void Deeply_nested_ifs_are_cut_off()
    {
        var text = "PROGRAM P\n" + string.Concat(Enumerable.Repeat("IF a THEN\n", 3000)) + string.Concat(Enumerable.Repeat("END_IF\n", 3000)) + "END_PROGRAM";
        var tree = SyntaxTree.Parse(text);
        Assert.Equal(text, tree.ToFullString());
        Assert.Contains(tree.Diagnostics, diagnostic => diagnostic.Code == SyntaxDiagnosticCodes.NestingTooDeep);
    }

    [Fact]
    public void Node_full_spans_cover_their_text()
    {
        var text = File.ReadAllText(Path.Combine(GoldenDirectory(), "guard_door_fb.st"));
        var tree = SyntaxTree.Parse(text);
        foreach (var node in tree.Root.DescendantNodes())
        {
            Assert.Equal(text.Substring(node.FullSpan.Start, node.FullSpan.Length), node.ToFullString());
            Assert.Equal(text.Substring(node.Span.Start, node.Span.Length), node.ToString());
            Assert.Same(tree, node.SyntaxTree);
        }
    }
}
