using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Tests.TestPrograms;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Tests.Runtime;

public sealed class NativeProgramTests
{
    [Fact]
    public void Inputs_take_effect_at_the_next_scan_and_outputs_publish_at_its_end()
    {
        var valve = new ValveProgram();
        valve.Set("Open_Cmd", PlcValue.True);
        Assert.False(valve.Get("Open_Cmd").AsBool);
        Assert.False(valve.Get("Valve_Open").AsBool);
        valve.RunScanCycle(TimeSpan.Zero);
        Assert.True(valve.Get("Open_Cmd").AsBool);
        Assert.True(valve.Get("Valve_Open").AsBool);
    }

    [Fact]
    public void Signal_names_resolve_case_insensitively()
    {
        var valve = new ValveProgram();
        valve.Set("open_cmd", PlcValue.True);
        valve.RunScanCycle(TimeSpan.Zero);
        Assert.True(valve.Get("VALVE_OPEN").AsBool);
        Assert.Equal("Valve_Open", valve.FindSignal("valve_open")!.Name);
    }

    [Fact]
    public void Values_are_converted_to_the_signal_type()
    {
        var conveyor = new ConveyorProgram();
        conveyor.Set("Speed_SP", PlcValue.FromInteger(70_000, PlcType.DInt));
        conveyor.RunScanCycle(TimeSpan.Zero);
        Assert.Equal(PlcType.Int, conveyor.Get("Speed_SP").Type);
        Assert.Equal(4464, conveyor.Get("Speed_SP").AsInteger); // wraps as an INT assignment does
    }

    [Fact]
    public void A_warm_restart_keeps_RETAIN_variables_and_resets_the_rest()
    {
        var conveyor = new ConveyorProgram();
        conveyor.Set("EStop_OK", PlcValue.True);
        conveyor.Set("Guard_Closed", PlcValue.True);
        conveyor.Set("Start_PB", PlcValue.True);
        for (var i = 0; i < 30; i++)
        {
            conveyor.RunScanCycle(TimeSpan.FromMilliseconds(10 * i));
        }

        Assert.True(conveyor.Get("Line_Ready").AsBool);
        Assert.Equal(1, conveyor.Get("Starts").AsInteger);

        conveyor.WarmRestart();
        Assert.False(conveyor.Get("Motor_Run").AsBool);
        Assert.False(conveyor.Get("Conveyor1.Running").AsBool);
        Assert.False(conveyor.Get("EStop_OK").AsBool);
        Assert.Equal(1, conveyor.Get("Starts").AsInteger);

        // Function blocks restart too: the start edge must be seen again, and the ready timer starts from zero.
        conveyor.Set("EStop_OK", PlcValue.True);
        conveyor.Set("Guard_Closed", PlcValue.True);
        conveyor.Set("Start_PB", PlcValue.True);
        conveyor.RunScanCycle(TimeSpan.Zero);
        Assert.True(conveyor.Get("Motor_Run").AsBool);
        Assert.False(conveyor.Get("Line_Ready").AsBool);
        Assert.Equal(2, conveyor.Get("Starts").AsInteger);
    }

    [Fact]
    public void Unknown_signals_are_refused()
    {
        var valve = new ValveProgram();
        var error = Assert.Throws<KeyNotFoundException>(() => valve.Get("Valve_Half"));
        Assert.Equal("PRG_Valve has no signal 'Valve_Half'", error.Message);
    }

    [Fact]
    public void Signals_describe_themselves()
    {
        Assert.Equal("Speed_SP : INT (input)", new ConveyorProgram().FindSignal("Speed_SP")!.ToString());
        Assert.Equal(new SignalRange(0, 100), new ConveyorProgram().FindSignal("Speed_SP")!.Range);
    }
}
