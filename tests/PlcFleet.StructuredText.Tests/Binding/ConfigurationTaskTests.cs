using PlcFleet.StructuredText.Syntax;
using PlcFleet.StructuredText.Semantics.Symbols;

namespace PlcFleet.StructuredText.Tests.Binding;

/// <summary>CONFIGURATION/RESOURCE/TASK: the simulator reads a program's cycle time from here.</summary>
public sealed class ConfigurationTaskTests
{
    private const string Project = """
        PROGRAM PRG_Main
        VAR
            xRun : BOOL;
        END_VAR
        xRun := NOT xRun;
        END_PROGRAM

        PROGRAM PRG_Safety
        VAR
            xOk : BOOL;
        END_VAR
        xOk := NOT xOk;
        END_PROGRAM

        CONFIGURATION Cfg_Line4
            RESOURCE Cpu1 ON PLC
                TASK FastTask(INTERVAL := T#4MS, PRIORITY := 1);
                TASK PlcTask(INTERVAL := T#10MS, PRIORITY := 20);
                PROGRAM Safety WITH FastTask : PRG_Safety;
                PROGRAM Main WITH PlcTask : PRG_Main;
            END_RESOURCE
        END_CONFIGURATION
        """;

    [Fact]
    public void Tasks_have_interval_priority_and_programs()
    {
        var compilation = BindingTestHelpers.Compile(Project);

        Assert.Empty(compilation.GetDiagnostics());
        Assert.Equal(["FastTask", "PlcTask"], compilation.Tasks.Select(t => t.Name));
        var plcTask = compilation.Tasks[1];
        Assert.Equal(TimeSpan.FromMilliseconds(10), plcTask.Interval);
        Assert.Equal(20, plcTask.Priority);
        Assert.Equal("Cfg_Line4", plcTask.Configuration);
        Assert.Equal("Cpu1", plcTask.Resource);
        var instance = Assert.Single(plcTask.Programs);
        Assert.Equal("Main", instance.Name);
        Assert.Same(compilation.Pou("PRG_Main"), instance.Program);
    }

    [Theory]
    [InlineData("PRG_Main", 10)]
    [InlineData("PRG_Safety", 4)]
    public void Cycle_time_of_a_program_comes_from_its_task(string program, int milliseconds)
    {
        var compilation = BindingTestHelpers.Compile(Project);

        var task = compilation.Global.FindTaskOf(compilation.Pou(program));

        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), task!.Interval);
    }

    [Fact]
    public void Configuration_without_resource_is_read_too()
    {
        var compilation = BindingTestHelpers.Compile("""
            PROGRAM MAIN
            END_PROGRAM
            CONFIGURATION Cfg
                TASK PlcTask(INTERVAL := T#20MS, PRIORITY := 5);
                PROGRAM Main WITH PlcTask : MAIN;
            END_CONFIGURATION
            """);

        var task = Assert.Single(compilation.Tasks);
        Assert.Equal(TimeSpan.FromMilliseconds(20), task.Interval);
        Assert.Null(task.Resource);
        Assert.Equal(PouKind.Program, task.Programs[0].Program!.Kind);
    }

    [Fact]
    public void Unknown_program_type_in_a_task_is_reported_once()
    {
        var diagnostics = BindingTestHelpers.Diagnose("""
            CONFIGURATION Cfg
                TASK PlcTask(INTERVAL := T#10MS, PRIORITY := 1);
                PROGRAM Main WITH PlcTask : PRG_Missing;
            END_CONFIGURATION
            """);

        Assert.Equal(["3:33 ST1020 type 'PRG_Missing' is not declared"], diagnostics);
    }

    [Fact]
    public void Every_example_site_has_a_task_for_its_main_program()
    {
        var sites = Path.Combine(BindingTestHelpers.RepositoryRoot(), "examples", "fleet", "sites");
        foreach (var site in Directory.EnumerateDirectories(sites))
        {
            var trees = Directory.EnumerateFiles(site, "*.st", SearchOption.AllDirectories)
                .Select(p => PlcFleet.StructuredText.Syntax.SyntaxTree.ParseFile(p)).ToList();
            if (trees.Count == 0 || !trees.Any(t => t.Source.Text.Contains("CONFIGURATION", StringComparison.Ordinal)))
            {
                continue;
            }

            var compilation = PlcFleet.StructuredText.Semantics.Compilation.Create(trees);
            Assert.NotEmpty(compilation.Tasks);
            Assert.All(compilation.Tasks.SelectMany(t => t.Programs), p => Assert.NotNull(p.Program));
            Assert.All(compilation.Tasks, t => Assert.True(t.Interval > TimeSpan.Zero, $"{site}: {t.Name} has no interval"));
        }
    }

    [Fact]
    public void Configuration_globals_are_the_site_globals_that_strict_iec_programs_import_with_var_external()
    {
        const string site = """
            PROGRAM PRG_Main
            VAR_EXTERNAL
                xEmergencyStop : BOOL;
                xMotorK1 : BOOL;
            END_VAR
            xMotorK1 := xEmergencyStop;
            END_PROGRAM

            CONFIGURATION Cfg_Porto
                VAR_GLOBAL
                    xEmergencyStop AT %IX0.0 : BOOL;
                END_VAR
                RESOURCE Cpu1 ON PLC
                    VAR_GLOBAL
                        xMotorK1 AT %QX0.0 : BOOL;
                    END_VAR
                    TASK PlcTask(INTERVAL := T#10MS, PRIORITY := 20);
                    PROGRAM Main WITH PlcTask : PRG_Main;
                END_RESOURCE
            END_CONFIGURATION
            """;

        var compilation = BindingTestHelpers.Compile(site, Dialect.Iec);

        Assert.Empty(compilation.GetDiagnostics());
        Assert.Equal("%IX0.0", compilation.Global.FindVariable("xEmergencyStop")?.Address);
        Assert.Equal("%QX0.0", compilation.Global.FindVariable("xMotorK1")?.Address);
    }
}
