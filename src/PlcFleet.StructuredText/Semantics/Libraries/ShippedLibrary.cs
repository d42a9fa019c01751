using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.StructuredText.Semantics.Libraries;

/// <summary>A library whose declarations PlcFleet ships: its name, the other names tools give it, and its parsed declarations.</summary>
public sealed class ShippedLibrary(string name, IReadOnlyList<string> aliases, bool isImplicit, Lazy<SyntaxTree> declarations)
{
    public string Name { get; } = name;

    public IReadOnlyList<string> Aliases { get; } = aliases;

    /// <summary>Part of every project without being declared (the IEC standard functions that are not built in).</summary>
    public bool IsImplicit { get; } = isImplicit;

    /// <summary>The declarations, parsed on first use (the tree is immutable and shared by every compilation).</summary>
    public SyntaxTree Declarations => declarations.Value;

    /// <summary>The names the library declares at top level: POUs, types and global variables.</summary>
    public IEnumerable<string> DeclaredNames()
    {
        foreach (var declaration in Declarations.Root.Declarations)
        {
            switch (declaration)
            {
                case ProgramDeclarationSyntax program:
                    yield return Names.Of(program.Name);
                    break;
                case FunctionBlockDeclarationSyntax block:
                    yield return Names.Of(block.Name);
                    break;
                case FunctionDeclarationSyntax function:
                    yield return Names.Of(function.Name);
                    break;
                case TypeDeclarationSyntax types:
                    foreach (var definition in types.Definitions)
                    {
                        yield return Names.Of(definition.Name);
                    }

                    break;
                case GlobalVariableListSyntax list:
                    foreach (var variable in list.VarBlocks.SelectMany(b => b.Declarations).SelectMany(d => d.Names))
                    {
                        yield return Names.Of(variable);
                    }

                    break;
            }
        }
    }
}
