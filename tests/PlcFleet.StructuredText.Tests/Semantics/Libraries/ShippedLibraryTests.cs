using System.Text;
using PlcFleet.StructuredText.Semantics;
using PlcFleet.StructuredText.Semantics.Libraries;
using PlcFleet.StructuredText.Semantics.StandardLibrary;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.StructuredText.Tests.Semantics.Libraries;

/// <summary>The shipped declaration files are data: each must parse and bind cleanly, and match the built-ins it names.</summary>
public sealed class ShippedLibraryTests
{
    public static TheoryData<string> Libraries()
    {
        var data = new TheoryData<string>();
        foreach (var library in LibraryCatalog.All)
        {
            data.Add(library.Name);
        }

        return data;
    }

    [Fact]
    public void The_catalog_ships_the_IEC_TwinCAT_and_CODESYS_libraries()
    {
        Assert.Equal(["IEC_Standard", "Tc2_Standard", "Tc2_System", "Util"], LibraryCatalog.All.Select(l => l.Name).Where(n => n != "SIMATIC"));
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void A_library_file_has_no_syntax_or_semantic_diagnostic_when_checked_as_code(string name)
    {
        var library = LibraryCatalog.Find(name)!;
        var asCode = SyntaxTree.Parse(new SourceText(library.Declarations.Source.Text, name + ".st"), library.Declarations.Dialect);

        var diagnostics = Compilation.Create([asCode], LibraryReferences.None).GetDiagnostics()
            .Where(d => d.IsError || d.Code is not ("ST2001" or "ST2002" or "ST2003")).ToList();

        Assert.True(diagnostics.Count == 0, string.Join("\n", diagnostics));
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Every_declared_block_and_function_can_be_called_by_its_documented_parameter_names(string name)
    {
        var library = LibraryCatalog.Find(name)!;
        var declarations = new StringBuilder();
        var body = new StringBuilder();
        var index = 0;
        foreach (var declaration in library.Declarations.Root.Declarations)
        {
            var (pouName, varBlocks, isBlock) = declaration switch
            {
                FunctionBlockDeclarationSyntax b => (b.Name.Text, b.VarBlocks, true),
                FunctionDeclarationSyntax f => (f.Name.Text, f.VarBlocks, false),
                _ => (null, null, false),
            };
            if (pouName is null)
            {
                continue;
            }

            var arguments = new List<string>();
            foreach (var block in varBlocks!)
            {
                foreach (var variable in block.Declarations)
                {
                    foreach (var variableName in variable.Names)
                    {
                        var local = $"v{index++}";
                        declarations.AppendLine($"    {local} : {variable.Type.ToString().Trim()};");
                        if (block.Keyword.Kind == SyntaxKind.VarInputKeyword)
                        {
                            arguments.Add($"{variableName.Text} := {local}");
                        }
                        else if (block.Keyword.Kind == SyntaxKind.VarOutputKeyword)
                        {
                            arguments.Add($"{variableName.Text} => {local}");
                        }
                    }
                }
            }

            if (isBlock)
            {
                declarations.AppendLine($"    inst{index} : {pouName};");
                body.AppendLine($"inst{index}({string.Join(", ", arguments)});");
            }
            else
            {
                body.AppendLine($"{pouName}({string.Join(", ", arguments)});");
            }
        }

        var text = $"PROGRAM PRG_UsesEverything\nVAR\n{declarations}END_VAR\n{body}END_PROGRAM\n";
        var errors = Compilation.Create([SyntaxTree.Parse(new SourceText(text, "uses.st"), library.Declarations.Dialect)], new LibraryReferences([name]))
            .GetDiagnostics().Where(d => d.IsError).ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors) + "\n" + text);
    }

    [Theory]
    [MemberData(nameof(Libraries))]
    public void Only_Tc2_Standard_repeats_names_the_built_ins_serve(string name)
    {
        var repeated = LibraryCatalog.Find(name)!.DeclaredNames().Where(StandardCatalog.IsReserved).ToList();

        Assert.True(name == "Tc2_Standard" || repeated.Count == 0, string.Join(", ", repeated));
    }

    [Fact]
    public void Tc2_Standard_names_are_served_by_the_built_in_blocks_the_simulator_runs()
    {
        var library = LibraryCatalog.Find("Tc2_Standard")!;

        Assert.All(library.DeclaredNames(), name => Assert.True(StandardCatalog.IsReserved(name), name + " is not built in"));
    }
}
