namespace PlcFleet.Simulation.Tests.Compilation;

/// <summary>DATE, TOD and DT literals keep their values at run time (they used to read as 0).</summary>
public sealed class DateConstantTests
{
    [Fact]
    public void Shift_times_and_maintenance_dates_compute_durations_and_compare()
    {
        var plc = CompiledProgramFactory.Instance("""
            PROGRAM PRG_Shift
            VAR_OUTPUT
                tShiftLength : TIME;
                tSinceService : TIME;
                tDaysBetween : TIME;
                bEarlyShift : BOOL;
                bServiceDue : BOOL;
            END_VAR
            VAR
                todShiftStart : TOD := TOD#06:00:00;
                todShiftEnd : TOD := TOD#14:30:00;
                dtLastService : DT := DT#2026-11-01-08:00:00;
                dtNow : DT := DT#2026-11-23-10:15:30;
                dFirst : DATE := D#2026-01-01;
                dSecond : DATE := D#2026-01-31;
            END_VAR
            tShiftLength := todShiftEnd - todShiftStart;
            tSinceService := dtNow - dtLastService;
            tDaysBetween := dSecond - dFirst;
            bEarlyShift := todShiftStart < TOD#08:00:00;
            bServiceDue := tSinceService > T#21D;
            END_PROGRAM
            """);

        plc.RunScanCycle(TimeSpan.FromMilliseconds(10));

        Assert.Equal(new TimeSpan(8, 30, 0), plc.Get("tShiftLength").AsTimeSpan);
        Assert.Equal(new TimeSpan(22, 2, 15, 30), plc.Get("tSinceService").AsTimeSpan);
        Assert.Equal(TimeSpan.FromDays(30), plc.Get("tDaysBetween").AsTimeSpan);
        Assert.True(plc.Get("bEarlyShift").AsBool);
        Assert.True(plc.Get("bServiceDue").AsBool);
    }
}
