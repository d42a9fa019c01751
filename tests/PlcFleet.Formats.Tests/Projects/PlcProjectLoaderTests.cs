using PlcFleet.Formats.Projects;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Formats.Tests.Projects;

public sealed class PlcProjectLoaderTests
{
    private const string Conveyor = """
        PROGRAM PRG_Conveyor
        VAR
            bEStopOk AT %IX0.0 : BOOL;
            bStart AT %IX0.1 : BOOL;
            bMotorRun AT %QX0.0 : BOOL;
        END_VAR
        bMotorRun := (bStart OR bMotorRun) AND bEStopOk;
        END_PROGRAM
        """;

    private const string GuardMonitor = """
        FUNCTION_BLOCK "FB_GuardMonitor"
        VAR_INPUT
            Ch1 : Bool;
            Ch2 : Bool;
        END_VAR
        VAR_OUTPUT
            GuardOk : Bool;
        END_VAR
        BEGIN
            #GuardOk := #Ch1 AND #Ch2;
        END_FUNCTION_BLOCK
        """;

    [Fact]
    public void A_folder_is_one_project_of_its_st_and_scl_files_in_a_stable_order_with_each_file_in_its_dialect()
    {
        using var site = new SiteFolder()
            .With("src/PRG_Conveyor.st", Conveyor)
            .With("src/s7/FB_GuardMonitor.scl", GuardMonitor)
            .With("src/README.md", "not PLC code")
            .With("bin/Debug/PRG_Conveyor.st", "garbage that must never be read (");

        var project = PlcProjectLoader.Load(site.Root, site.Root);

        Assert.Equal(["src/PRG_Conveyor.st", "src/s7/FB_GuardMonitor.scl"], project.Files.Select(f => f.RelativePath));
        Assert.Equal([Dialect.Codesys, Dialect.Scl], project.Files.Select(f => f.Dialect));
        Assert.DoesNotContain(project.GetDiagnostics(), d => d.IsError);
        Assert.False(project.HasErrors);
        Assert.Equal(Conveyor.Split('\n').Length + GuardMonitor.Split('\n').Length, project.LineCount);
    }

    [Fact]
    public void Plc_folders_limit_what_is_read_and_a_folder_dialect_overrides_the_extension()
    {
        using var site = new SiteFolder()
            .With("plcfleet.yaml", "plc_folders: [plc]\ndialects:\n  plc/legacy: iec\n")
            .With("plc/PRG_Conveyor.st", Conveyor)
            .With("plc/legacy/PRG_Old.st", "PROGRAM PRG_Old\nEND_PROGRAM\n")
            .With("tools/PRG_Scratch.st", "PROGRAM PRG_Scratch\nEND_PROGRAM\n");

        var project = PlcProjectLoader.Load(site.Root, site.Root);

        Assert.Equal(["plc/PRG_Conveyor.st", "plc/legacy/PRG_Old.st"], project.Files.Select(f => f.RelativePath));
        Assert.Equal([Dialect.Codesys, Dialect.Iec], project.Files.Select(f => f.Dialect));
    }

    [Fact]
    public void Diagnostics_name_the_file_relative_to_the_display_folder()
    {
        using var site = new SiteFolder().With("lyon-l1/src/PRG_Main.st", "PROGRAM PRG_Main\nVAR\n    bRun : BOOL\nEND_VAR\nEND_PROGRAM\n");

        var project = PlcProjectLoader.Load(Path.Combine(site.Root, "lyon-l1"), site.Root);

        var error = Assert.Single(project.GetDiagnostics(), d => d.IsError);
        Assert.StartsWith("lyon-l1/src/PRG_Main.st:3:16: error ST", error.ToString(), StringComparison.Ordinal);
        Assert.True(project.HasErrors);
    }

    [Fact]
    public void A_broken_plcfleet_yaml_is_a_load_diagnostic_and_the_code_is_still_read_with_defaults()
    {
        using var site = new SiteFolder()
            .With("plcfleet.yaml", "dialect: ladder\n")
            .With("PRG_Conveyor.st", Conveyor);

        var project = PlcProjectLoader.Load(site.Root, site.Root);

        var problem = Assert.Single(project.LoadDiagnostics);
        Assert.Equal("plcfleet.yaml:1:10: error PF0003: unknown dialect 'ladder'; use one of codesys, twincat, iec, scl", problem.ToString());
        Assert.Single(project.Files);
        Assert.True(project.HasErrors);
    }

    [Fact]
    public void A_single_file_is_a_project_of_that_file_with_its_folders_settings()
    {
        using var site = new SiteFolder()
            .With("plcfleet.yaml", "dialect: iec\n")
            .With("PRG_Conveyor.st", Conveyor)
            .With("PRG_Other.st", "PROGRAM PRG_Other\nEND_PROGRAM\n");

        var project = PlcProjectLoader.Load(Path.Combine(site.Root, "PRG_Conveyor.st"), site.Root);

        var file = Assert.Single(project.Files);
        Assert.Equal("PRG_Conveyor.st", file.RelativePath);
        Assert.Equal(Dialect.Iec, file.Dialect);
    }

    [Fact]
    public void Nested_sites_with_their_own_plcfleet_yaml_are_separate_projects()
    {
        using var fleet = new SiteFolder()
            .With("sites/lyon-l1/plcfleet.yaml", "dialect: codesys\n")
            .With("sites/lyon-l1/src/PRG_Main.st", Conveyor)
            .With("sites/sevilla-l3/plcfleet.yaml", "dialect: scl\n")
            .With("sites/sevilla-l3/FB_GuardMonitor.scl", GuardMonitor)
            .With("docs/notes.txt", "no PLC code here");

        var projects = PlcProjectLoader.LoadAll(fleet.Root, fleet.Root);

        Assert.Equal(
            [Path.Combine(fleet.Root, "sites", "lyon-l1"), Path.Combine(fleet.Root, "sites", "sevilla-l3")],
            projects.Select(p => p.Root));
        Assert.All(projects, p => Assert.Single(p.Files));
        Assert.Equal("sites/lyon-l1/src/PRG_Main.st", projects[0].Files[0].Syntax.Source.Path);
    }
}
