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
    [InlineData("Motor_Run AND", "the condition ends too early")]
    [InlineData("Motor_Running", "unknown signal 'Motor_Running'")]
    [InlineData("(Motor_Run", "missing ')'")]
    [InlineData("Motor_Run ? Horn", "unexpected character '?'")]
    [InlineData("Motor_Run Horn", "unexpected 'Horn'")]
    [InlineData("", "the condition is empty")]
    public void Rejects_what_it_cannot_compile_with_a_reason(string expression, string error)
    {
        var condition = Running().CompileCondition(expression);
        Assert.False(condition.IsValid);
        Assert.Equal(error, condition.Error);
    }
}
