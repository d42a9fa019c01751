using System.Text;
using PlcFleet.StructuredText.Semantics;
using PlcFleet.StructuredText.Semantics.Libraries;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.StructuredText.Tests.Semantics.Libraries;

public sealed class LibraryReferenceTests
{
    private static Compilation Compile(string text, params string[] libraries) =>
        Compilation.Create([SyntaxTree.Parse(new SourceText(text, "test.st"), Dialect.Codesys)], new LibraryReferences(libraries));

    [Fact]
    public void Fifty_calls_into_an_unshipped_library_give_one_warning_per_name_and_nothing_else()
    {
        // A packaging line calling 25 distinct blocks and functions of a vendor library twice each, through instances,
        // members, outputs and nested expressions: only the names are reported, once each, never a follow-on error.
        var declarations = new StringBuilder();
        var body = new StringBuilder();
        for (var i = 0; i < 25; i++)
        {
            declarations.AppendLine($"    fbAxis{i} : MC_Axis{i};");
            body.AppendLine($"fbAxis{i}(Execute := bStart, Velocity := 100.0 + F_Lib{i}(rSpeed, {i}));");
            body.AppendLine($"IF fbAxis{i}.Done AND NOT fbAxis{i}.Error THEN rSpeed := rSpeed + F_Lib{i}(rSpeed, fbAxis{i}.ErrorID); END_IF");
        }

        var text = $"PROGRAM PRG_Packaging\nVAR_INPUT\n    bStart : BOOL;\nEND_VAR\nVAR\n    rSpeed : LREAL;\n{declarations}END_VAR\n{body}END_PROGRAM\n";
        var diagnostics = Compile(text, "Tc2_MC2_Vendor").GetDiagnostics();

        Assert.All(diagnostics, d => Assert.Equal("ST2050", d.Code));
        Assert.True(diagnostics.Count <= 50, $"{diagnostics.Count} diagnostics");
        Assert.Equal(50, diagnostics.Select(d => d.Message.Split('\'')[1]).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(diagnostics, d => Assert.Contains("library Tc2_MC2_Vendor", d.Message, StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics, d => d.IsError);
    }

    [Fact]
    public void Without_the_library_declared_the_same_names_are_errors()
    {
        var diagnostics = Compile("PROGRAM P\nVAR\n    fbAxis : MC_Power;\nEND_VAR\nfbAxis(Enable := TRUE);\nEND_PROGRAM\n").GetDiagnostics();

        Assert.Contains(diagnostics, d => d is { Code: "ST1020", IsError: true });
    }

    [Fact]
    public void A_name_of_a_shipped_library_the_project_does_not_reference_names_the_library()
    {
        var diagnostics = Compile("PROGRAM P\nVAR\n    a, b : ARRAY[0..9] OF BYTE;\nEND_VAR\nMEMCPY(ADR(a), ADR(b), SIZEOF(a));\nEND_PROGRAM\n").GetDiagnostics();

        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.Equal("ST1050", error.Code);
        Assert.Contains("Tc2_System", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declared_shipped_library_binds_its_blocks_with_types_checked()
    {
        const string Text = """
            PROGRAM PRG_Recipe
            VAR
                fbOpen : FB_FileOpen;
                aRecipe : ARRAY[0..99] OF BYTE;
                aSaved : ARRAY[0..99] OF BYTE;
                bLoad : BOOL;
                hFile : UINT;
                nDiff : DINT;
            END_VAR
            fbOpen(sNetId := '', sPathName := 'C:\Recipes\Line1.dat', nMode := FOPEN_MODEREAD OR FOPEN_MODEBINARY, ePath := PATH_BOOTPATH, bExecute := bLoad);
            IF NOT fbOpen.bBusy AND NOT fbOpen.bError THEN
                hFile := fbOpen.hFile;
            END_IF
            nDiff := MEMCMP(ADR(aRecipe), ADR(aSaved), SIZEOF(aRecipe));
            fbOpen(bExecute := 'now');
            END_PROGRAM
            """;

        var errors = Compile(Text, "Tc2_System").GetDiagnostics().Where(d => d.IsError).ToList();

        var error = Assert.Single(errors);
        Assert.Equal("ST1004", error.Code);
        Assert.Equal(15, error.Start.Line);
    }

    [Fact]
    public void The_project_s_own_POU_wins_over_a_library_one_of_the_same_name()
    {
        const string Text = """
            FUNCTION MEMSET : BOOL
            VAR_INPUT
                bValue : BOOL;
            END_VAR
            MEMSET := bValue;
            END_FUNCTION

            PROGRAM P
            VAR
                bOk : BOOL;
            END_VAR
            bOk := MEMSET(TRUE);
            END_PROGRAM
            """;

        var compilation = Compile(Text, "Tc2_System");

        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);
        Assert.Null(compilation.Global.FindPou("MEMSET")!.Library);
    }

    [Fact]
    public void The_IEC_time_functions_that_are_not_built_in_are_there_without_declaring_anything()
    {
        const string Text = """
            PROGRAM P
            VAR
                tRun : TIME;
                dtNow : DT;
                nYear, nMonth, nDay : UINT;
                nWeekday : USINT;
            END_VAR
            tRun := ADD_TIME(tRun, T#10MS);
            dtNow := ADD_DT_TIME(dtNow, tRun);
            SPLIT_DATE(IN := DATE#2026-12-08, YEAR => nYear, MONTH => nMonth, DAY => nDay);
            nWeekday := DAY_OF_WEEK(D#2026-12-08);
            END_PROGRAM
            """;

        var compilation = Compile(Text);

        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);
        Assert.Equal("IEC_Standard", compilation.Global.FindPou("DAY_OF_WEEK")!.Library);
    }

    [Fact]
    public void Library_names_match_aliases_and_vendor_reference_spellings_case_insensitively()
    {
        Assert.Equal("Tc2_Standard", LibraryCatalog.Find("standard")?.Name);
        Assert.Equal("Util", LibraryCatalog.Find("UTIL")?.Name);
        Assert.Null(LibraryCatalog.Find("Tc3_Module"));
        Assert.Equal(["Tc3_Module"], new LibraryReferences(["Tc2_System", "Tc3_Module", "tc3_module"]).Absent);
    }
}
