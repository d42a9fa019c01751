using PlcFleet.StructuredText.Text;

namespace PlcFleet.Simulation.Scenarios;

/// <summary>
/// One entry of <c>steps</c>: at time <see cref="At"/> set inputs and/or check outputs. With <see cref="Within"/>
/// the expectation passes if it holds in any scan from At to At + Within. With <see cref="WarmRestart"/> the PLC
/// restarts warm before the scan at At (RETAIN variables keep their values, the others start over).
/// </summary>
public sealed record ScenarioStep(
    int Number,
    TimeSpan At,
    TimeSpan? Within,
    IReadOnlyList<SignalAssignment> Set,
    IReadOnlyList<SignalAssignment> Expect,
    TextSpan Span,
    bool WarmRestart = false)
{
    /// <summary>The last time this step still matters.</summary>
    public TimeSpan End => At + (Within ?? TimeSpan.Zero);
}
