using System.Text;
using PlcFleet.Formats.Vendor;
using PlcFleet.Simulation.Compilation;
using PlcFleet.Simulation.Runtime;
using PlcFleet.Simulation.Values;
using PlcFleet.StructuredText.Syntax;

namespace PlcFleet.Simulation.Tests.Vendor;

/// <summary>
/// Logix ST routines call TONR, TOFR, RTOR and CTUD on FBD_TIMER / FBD_COUNTER tags; the L5X reader declares them so
/// the routine checks, and the simulator runs them with the Logix members (ACC and PRE in ms, DN, TT).
/// </summary>
public sealed class LogixInstructionTests
{
    private const string Packer = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <RSLogix5000Content SchemaRevision="1.0" SoftwareRevision="33.01" TargetName="Packer" TargetType="Controller">
        <Controller Use="Target" Name="Packer">
        <Tags>
        <Tag Name="PhotoEye" TagType="Base" DataType="BOOL"/>
        <Tag Name="PartSensor" TagType="Base" DataType="BOOL"/>
        <Tag Name="RejectGate" TagType="Base" DataType="BOOL"/>
        <Tag Name="CountReset" TagType="Base" DataType="BOOL"/>
        </Tags>
        <Programs>
        <Program Name="Infeed" MainRoutineName="Main">
        <Tags>
        <Tag Name="JamTimer" TagType="Base" DataType="FBD_TIMER"/>
        <Tag Name="RunHours" TagType="Base" DataType="FBD_TIMER"/>
        <Tag Name="GateHold" TagType="Base" DataType="FBD_TIMER"/>
        <Tag Name="Parts" TagType="Base" DataType="FBD_COUNTER"/>
        <Tag Name="Jammed" TagType="Base" DataType="BOOL"/>
        <Tag Name="BatchDone" TagType="Base" DataType="BOOL"/>
        </Tags>
        <Routines>
        <Routine Name="Main" Type="ST">
        <STContent>
        <Line Number="0">
        <![CDATA[JamTimer.TimerEnable := PhotoEye; JamTimer.PRE := 500; TONR(JamTimer); Jammed := JamTimer.DN;]]>
        </Line>
        <Line Number="1">
        <![CDATA[RunHours.TimerEnable := PhotoEye; RunHours.PRE := 100000; RTOR(RunHours);]]>
        </Line>
        <Line Number="2">
        <![CDATA[GateHold.TimerEnable := PartSensor; GateHold.PRE := 200; TOFR(GateHold); RejectGate := GateHold.DN;]]>
        </Line>
        <Line Number="3">
        <![CDATA[Parts.CUEnable := PartSensor; Parts.Reset := CountReset; Parts.PRE := 3; CTUD(Parts); BatchDone := Parts.DN;]]>
        </Line>
        </STContent>
        </Routine>
        </Routines>
        </Program>
        </Programs>
        </Controller>
        </RSLogix5000Content>
        """;

    [Fact]
    public void TONR_RTOR_TOFR_and_CTUD_check_and_run_with_their_Logix_members()
    {
        var document = VendorFiles.Read(Encoding.UTF8.GetBytes(Packer), VendorFormat.RockwellL5x, "Packer.L5X");
        var tree = SyntaxTree.Parse(document.StructuredText!.Text, Dialect.Codesys);
        var compilation = PlcFleet.StructuredText.Semantics.Compilation.Create(tree);
        Assert.Empty(tree.Diagnostics);
        // Only the test's own I/O tags are reported (never driven or never read here); the declared instructions add nothing.
        Assert.All(compilation.GetSemanticDiagnostics(), d => Assert.Matches("'(PhotoEye|PartSensor|CountReset|Jammed|BatchDone)' is (read|written)", d.Message));
        var program = StProgramCompiler.Compile(compilation, "Infeed");
        Assert.True(program.Succeeded, string.Join(Environment.NewLine, program.Errors));
        var plc = program.Program!.CreateInstance();
        var runner = new ScanCycleRunner(plc, TimeSpan.FromMilliseconds(10));

        // Photo eye blocked for 300 ms, cleared, blocked again: TONR restarts, RTOR keeps what it had.
        plc.Set("PhotoEye", PlcValue.FromBool(true));
        runner.RunUntil(TimeSpan.FromMilliseconds(310));
        Assert.False(plc.Get("Jammed").AsBool);
        Assert.Equal(300, plc.Get("JamTimer.ACC").AsInteger);
        Assert.True(plc.Get("JamTimer.TT").AsBool);
        plc.Set("PhotoEye", PlcValue.FromBool(false));
        runner.RunUntil(TimeSpan.FromMilliseconds(410));
        Assert.Equal(0, plc.Get("JamTimer.ACC").AsInteger);
        Assert.Equal(300, plc.Get("RunHours.ACC").AsInteger);
        plc.Set("PhotoEye", PlcValue.FromBool(true));
        runner.RunUntil(TimeSpan.FromMilliseconds(1010));
        Assert.True(plc.Get("Jammed").AsBool);
        Assert.Equal(500, plc.Get("JamTimer.ACC").AsInteger);
        Assert.Equal(300 + 590, plc.Get("RunHours.ACC").AsInteger); // timed from the scan at 410 ms to the scan at 1000 ms

        // Three parts: the reject gate holds 200 ms after each part leaves, the batch is done at the third.
        for (var part = 0; part < 3; part++)
        {
            plc.Set("PartSensor", PlcValue.FromBool(true));
            runner.RunCycles(2);
            plc.Set("PartSensor", PlcValue.FromBool(false));
            runner.RunCycles(2);
        }

        Assert.True(plc.Get("RejectGate").AsBool);
        Assert.True(plc.Get("BatchDone").AsBool);
        Assert.Equal(3, plc.Get("Parts.ACC").AsInteger);
        runner.RunCycles(25);
        Assert.False(plc.Get("RejectGate").AsBool);
        plc.Set("CountReset", PlcValue.FromBool(true));
        runner.RunCycles(1);
        Assert.Equal(0, plc.Get("Parts.ACC").AsInteger);
    }
}
