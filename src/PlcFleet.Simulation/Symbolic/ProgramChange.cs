using System.Text;
using PlcFleet.StructuredText.Semantics.Binding;
using PlcFleet.StructuredText.Semantics.Symbols;
using PlcFleet.StructuredText.Syntax;
using SemanticCompilation = PlcFleet.StructuredText.Semantics.Compilation;

namespace PlcFleet.Simulation.Symbolic;

/// <summary>
/// What a change did to one PROGRAM, read from the two versions' code token by token (comments and layout do not
/// count; pragmas do). When every declaration, every other POU and the program's own header are the same, the
/// change is confined to the program's body: the statements after the common first and before the common last
/// ones. Equal tokens under equal declarations bind to the same bound tree, so an empty region is a program that
/// behaves the same by construction, and a region whose two versions compute the same values from every state
/// makes the whole scans the same, whatever the rest of the program does (interfaces, loops, arrays) — the rest is
/// not encoded at all.
/// </summary>
public sealed record ProgramChange(IReadOnlyList<BoundStatement> Before, IReadOnlyList<BoundStatement> After, int FirstLine, int LastLine)
{
    public bool IsUnchanged => Before.Count == 0 && After.Count == 0;

    /// <summary>The changed statements, or null when anything outside the program's body changed too.</summary>
    public static ProgramChange? Of(SemanticCompilation before, SemanticCompilation after, string program)
    {
        var beforeBody = Body(before, program);
        var afterBody = Body(after, program);
        if (beforeBody is null || afterBody is null || !Outside(before, beforeBody).SequenceEqual(Outside(after, afterBody)))
        {
            return null;
        }

        var b = beforeBody.Statements.Select(s => Tokens(s.Syntax)).ToList();
        var a = afterBody.Statements.Select(s => Tokens(s.Syntax)).ToList();
        var prefix = 0;
        while (prefix < b.Count && prefix < a.Count && b[prefix] == a[prefix])
        {
            prefix++;
        }

        var suffix = 0;
        while (suffix < b.Count - prefix && suffix < a.Count - prefix && b[^(suffix + 1)] == a[^(suffix + 1)])
        {
            suffix++;
        }

        var changedBefore = beforeBody.Statements.Skip(prefix).Take(b.Count - prefix - suffix).ToList();
        var changedAfter = afterBody.Statements.Skip(prefix).Take(a.Count - prefix - suffix).ToList();
        var lines = changedAfter.Count > 0 ? changedAfter : changedBefore;
        return new ProgramChange(changedBefore, changedAfter,
            lines.Count > 0 ? lines[0].Syntax.GetLinePosition().Line + 1 : 0,
            lines.Count > 0 ? lines[^1].Syntax.GetLinePosition().Line + 1 : 0);
    }

    private static BoundBody? Body(SemanticCompilation compilation, string program) =>
        compilation.Global.FindPou(program) is { } pou ? compilation.GetBoundBody(pou) : null;

    /// <summary>
    /// Every tree's tokens except those of the program's top-level statements and of the other PROGRAMs, in a stable
    /// order. Another program reaches this one only through globals, which the model takes as free inputs; unless
    /// something calls that program or reads its variables, which keeps it in the comparison.
    /// </summary>
    private static List<string> Outside(SemanticCompilation compilation, BoundBody body)
    {
        var referenced = ReferencedPrograms(compilation);
        var others = compilation.Global.Programs
            .Where(p => p != body.Pou && !referenced.Contains(p) && p.Declaration is not null)
            .Select(p => (Tree: p.Declaration!.SyntaxTree, p.Declaration.Span))
            .ToList();
        var statements = body.Statements.Select(s => (Tree: s.Syntax.SyntaxTree, s.Syntax.Span)).ToList();
        var texts = new List<string>();
        foreach (var tree in compilation.Trees)
        {
            var spans = statements.Where(s => ReferenceEquals(s.Tree, tree)).Select(s => s.Span).ToList();
            var dropped = others.Where(s => ReferenceEquals(s.Tree, tree)).Select(s => s.Span).ToList();
            var text = new StringBuilder();
            var inBody = false;
            foreach (var token in tree.Root.DescendantTokens())
            {
                if (dropped.Any(s => s.Contains(token.Span.Start)))
                {
                    continue;
                }

                if (spans.Any(s => s.Contains(token.Span.Start)))
                {
                    if (!inBody)
                    {
                        text.Append("\u0002BODY");
                    }

                    inBody = true;
                    continue;
                }

                inBody = false;
                Append(text, token);
            }

            if (text.Length > 0)
            {
                texts.Add(text.ToString());
            }
        }

        texts.Sort(StringComparer.Ordinal);
        return texts;
    }

    private static HashSet<PouSymbol> ReferencedPrograms(SemanticCompilation compilation)
    {
        var referenced = new HashSet<PouSymbol>();
        foreach (var pou in compilation.PousWithBodies)
        {
            foreach (var statement in compilation.GetBoundBody(pou)?.Statements ?? [])
            {
                foreach (var node in BoundWalker.Nodes(statement))
                {
                    var target = node switch
                    {
                        BoundCall { Callee: PouSymbol callee } => callee,
                        BoundPouReference reference => reference.Pou,
                        BoundFbCall { Block: { } block } => block,
                        _ => null,
                    };
                    if (target is { Kind: PouKind.Program })
                    {
                        referenced.Add(target);
                    }
                }
            }
        }

        return referenced;
    }

    private static string Tokens(SyntaxNode node)
    {
        var text = new StringBuilder();
        foreach (var token in node.DescendantTokens())
        {
            Append(text, token);
        }

        return text.ToString();
    }

    private static void Append(StringBuilder text, SyntaxToken token)
    {
        foreach (var pragma in token.Pragmas)
        {
            text.Append('\u0001').Append(pragma.Text);
        }

        if (!token.IsMissing)
        {
            text.Append('\u0001').Append(token.Text);
        }
    }
}
