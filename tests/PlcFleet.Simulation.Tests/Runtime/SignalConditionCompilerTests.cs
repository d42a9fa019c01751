using PlcFleet.Simulation.Programs.Conditions;
using PlcFleet.Simulation.Tests.TestPrograms;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Tests.Runtime;

public sealed class SignalConditionCompilerTests
{
    private static ConveyorProgram Running()
    {
        var conveyor = new ConveyorProgram();
        conveyor.Set("EStop_OK", PlcValue.True);
        conveyor.Set("Guard_Closed", PlcValue.True);
        conveyor.Set("Start_PB", PlcValue.True);
        conveyor.Set("Speed_SP", PlcValue.FromInteger(60, PlcType.Int));
        conveyor.RunScanCycle(TimeSpan.Zero);
        return conveyor;
    }

    [Theory]
    [InlineData("Motor_Run AND EStop_OK", true)]
    [InlineData("Motor_Run AND NOT EStop_OK", false)]
    [InlineData("NOT (Motor_Run AND Horn)", false)]
    [InlineData("Stop_PB OR Motor_Run", true)]
    [InlineData("Motor_Run XOR Horn", false)]
    [InlineData("Motor_Run & Guard_Closed", true)]
    [InlineData("Speed_Out = 60", true)]
    [InlineData("Speed_Out <> 60", false)]
    [InlineData("Speed_Out >= 50 AND Speed_Out <= 70", true)]
    [InlineData("Speed_Out - 10 > 55", false)]
    [InlineData("Speed_Out > 16#20", true)]
    [InlineData("conveyor1.running = TRUE", true)]
    [InlineData("Starts + 1 = 2", true)]
    [InlineData("-Speed_Out < 0", true)]
    [InlineData("Motor_Run OR Horn AND Stop_PB", true)]
    [InlineData("(Motor_Run OR Horn) AND Stop_PB", false)]
    [InlineData("NOT Motor_Run = FALSE", true)] // NOT binds tighter than = in ST
    [InlineData("Speed_Out = INT#60 AND_THEN Starts = DINT#1", true)]
    [InlineData("Speed_Out * 2 = 120 AND Speed_Out / 7 = 8 AND Speed_Out MOD 7 = 4", true)]
    [InlineData("Speed_Out = 2#0011_1100", true)]
    [InlineData("Speed_Out.2 AND NOT Speed_Out.0", true)]
    [InlineData("(Speed_Out AND 16#0F) = 12", true)]
    [InlineData("Speed_Out > 59.5 AND Speed_Out < 60.5", true)]
    [InlineData("Speed_Out + 32767 < 0", true)]
    [InlineData("Starts + 2147483647 < 0", true)]
    public void Evaluates_ST_conditions_over_the_current_state(string expression, bool expected)
    {
        var condition = Running().CompileCondition(expression);
        Assert.True(condition.IsValid, condition.Error);
        Assert.Equal(expected, condition.Evaluate!());
    }

    [Fact]
    public void Reports_the_signals_a_condition_reads()
    {
        var condition = Running().CompileCondition("Motor_Run AND NOT estop_ok OR Motor_Run");
        Assert.Equal(["Motor_Run", "EStop_OK"], condition.ReferencedSignals);
    }

    [Fact]
    public void Follows_the_state_as_it_changes()
    {
        var conveyor = Running();
        var stopped = conveyor.CompileCondition("NOT Motor_Run");
        Assert.False(stopped.Evaluate!());
        conveyor.Set("EStop_OK", PlcValue.False);
        conveyor.RunScanCycle(TimeSpan.FromMilliseconds(10));
        Assert.True(stopped.Evaluate!());
    }

    [Theory]
    [InlineData("Motor_Run AND", 13, "expected a value, variable or expression, found the end of the condition")]
    [InlineData("(Motor_Run", 10, "expected ')' to close the parenthesis, found the end of the condition")]
    [InlineData("Motor_Run Horn", 9, "expected an operator (AND, OR, =, ...), found 'Horn'")]
    [InlineData("Motor_Run AND Motor_Running", 14, "PRG_Conveyor has no signal 'Motor_Running' (did you mean 'Motor_Run'?)")]
    [InlineData("Motor_Run AND Zzz", 14, "PRG_Conveyor has no signal 'Zzz' (the closest signal is 'Horn')")]
    [InlineData("Speed_Out", 0, "the condition is INT, not BOOL; compare it, e.g. 'Speed_Out <> 0'")]
    [InlineData("Motor_Run AND Speed_Out", 0, "AND needs two BOOLs or two bit strings, not BOOL and INT")]
    [InlineData("Speed_Out > T#1s", 0, "cannot compare INT with TIME")]
    [InlineData("Speed_Out > LIMIT(0, Speed_SP, 50)", 12, "function calls are not evaluated in scenario conditions; compare signals and literals")]
    [InlineData("", 0, "the condition is empty")]
    public void Rejects_what_it_cannot_compile_with_a_reason_and_a_position(string expression, int offset, string error)
    {
        var condition = Running().CompileCondition(expression);
        Assert.False(condition.IsValid);
        Assert.Equal(error, condition.Error);
        Assert.Equal(offset, condition.ErrorOffset);
    }

    [Fact]
    public void A_division_by_zero_is_a_condition_fault_not_a_crash()
    {
        var condition = Running().CompileCondition("Speed_Out / (Speed_Out - 60) > 1");
        Assert.True(condition.IsValid, condition.Error);
        var fault = Assert.Throws<ConditionFaultException>(() => condition.Evaluate!());
        Assert.Equal("division by zero in '/'", fault.Message);
    }
}
