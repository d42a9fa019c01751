using PlcFleet.Simulation.Runtime;
using PlcFleet.Simulation.Tests.TestPrograms;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Tests.Runtime;

public sealed class ScanCycleRunnerTests
{
    [Fact]
    public void Scans_run_at_multiples_of_the_cycle_time()
    {
        var runner = new ScanCycleRunner(new ConveyorProgram(), TimeSpan.FromMilliseconds(20), ["Motor_Run"]);
        var times = new List<TimeSpan>();
        runner.CycleCompleted += s => times.Add(s.Time);
        Assert.True(runner.RunUntil(TimeSpan.FromMilliseconds(100)));
        Assert.Equal([0, 20, 40, 60, 80], times.Select(t => (int)t.TotalMilliseconds));
        Assert.Equal(5, runner.CyclesRun);
        Assert.Equal(TimeSpan.FromMilliseconds(100), runner.NextScanTime);
        Assert.Equal(TimeSpan.FromMilliseconds(80), runner.Clock.Now);
    }

    [Fact]
    public void The_default_cycle_is_10ms()
    {
        var runner = new ScanCycleRunner(new ValveProgram());
        runner.RunCycles(3);
        Assert.Equal(TimeSpan.FromMilliseconds(30), runner.NextScanTime);
    }

    [Fact]
    public void History_keeps_only_the_last_N_scans_oldest_first()
    {
        var program = new BatchCounterProgram();
        var runner = new ScanCycleRunner(program, recordedSignals: ["Part_Sensor", "Count"], historyLength: 4);
        for (var i = 0; i < 9; i++)
        {
            program.Set("Part_Sensor", PlcValue.FromBool(i % 2 == 0));
            runner.Step();
        }

        var rows = runner.History.Snapshots();
        Assert.Equal([5L, 6, 7, 8], rows.Select(r => r.Cycle));
        Assert.Equal(["3", "4", "4", "5"], rows.Select(r => r.Values[1].ToString()));
        Assert.Equal(4, runner.History.Count);
    }

    [Fact]
    public void History_can_be_narrowed_to_the_signals_of_interest()
    {
        var runner = new ScanCycleRunner(new ValveProgram(), recordedSignals: ["Open_Cmd", "Valve_Open", "Valve_Close"]);
        runner.RunCycles(2);
        var table = runner.History.Select(["valve_close", "Unknown"]);
        Assert.Equal(["valve_close"], table.Signals);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal("cycle  time  valve_close\n0      0s    FALSE\n1      10ms  FALSE\n", table.ToText().ReplaceLineEndings("\n"));
    }

    [Fact]
    public void A_runtime_fault_stops_the_run_as_a_record()
    {
        var program = new BatchCounterProgramAllowingZero();
        var runner = new ScanCycleRunner(program);
        runner.RunCycles(2);
        program.Set("Batch_Size", PlcValue.FromInteger(0, PlcType.Int));
        Assert.False(runner.RunCycles(5));
        Assert.True(runner.IsFaulted);
        Assert.Equal(2, runner.CyclesRun);
        var fault = runner.Fault!;
        Assert.Equal((RuntimeFaultKind.DivisionByZero, 2L, TimeSpan.FromMilliseconds(20)), (fault.Kind, fault.Cycle, fault.Time));
        Assert.Equal("batch.st:14:31: runtime fault DivisionByZero in cycle 2 (20ms): division by zero: Batch_Size is 0", fault.ToString());
        Assert.False(runner.Step());
        Assert.Equal(2, runner.CyclesRun);
    }

    [Fact]
    public void A_fault_without_a_source_location_still_reads_well()
    {
        var fault = RuntimeFault.From(new PlcRuntimeFault(RuntimeFaultKind.Watchdog, "scan took longer than the 100ms watchdog"), 7, TimeSpan.FromMilliseconds(70));
        Assert.Equal("runtime fault Watchdog in cycle 7 (70ms): scan took longer than the 100ms watchdog", fault.ToString());
    }

    [Fact]
    public void The_virtual_clock_refuses_to_run_backwards()
    {
        var clock = new VirtualClock();
        clock.AdvanceTo(TimeSpan.FromSeconds(1));
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.AdvanceTo(TimeSpan.FromMilliseconds(500)));
    }

    [Fact]
    public void A_non_positive_cycle_time_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ScanCycleRunner(new ValveProgram(), TimeSpan.Zero));
    }
}
