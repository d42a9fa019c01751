using PlcFleet.Simulation.Runtime;
using PlcFleet.Simulation.Scenarios;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Tests.Reporting;

/// <summary>Fixed results (no wall-clock noise) so report formats can be compared exactly.</summary>
internal static class ReportSamples
{
    public static ScenarioSuiteResult Suite()
    {
        var history = new SignalTable(
            ["Motor_Run", "EStop_OK"],
            [
                new CycleSnapshot(19, TimeSpan.FromMilliseconds(190), [PlcValue.True, PlcValue.True]),
                new CycleSnapshot(20, TimeSpan.FromMilliseconds(200), [PlcValue.True, PlcValue.False]),
            ]);
        var passed = new ScenarioResult("Start and stop", "conveyor.scenario.yaml", "PRG_Conveyor", [], 31, TimeSpan.FromMilliseconds(310), TimeSpan.FromMilliseconds(4));
        var failed = new ScenarioResult(
            "E-stop drops the motor",
            "conveyor.scenario.yaml",
            "PRG_Conveyor",
            [
                new ScenarioFailure(ScenarioFailureKind.Invariant, "conveyor.scenario.yaml:19:12", "invariant violated at 200ms (cycle 20): never: Motor_Run AND NOT EStop_OK is TRUE (Motor_Run = TRUE, EStop_OK = FALSE)", Expected: "FALSE", Actual: "TRUE", Cycle: 20, Time: TimeSpan.FromMilliseconds(200)) { History = history },
            ],
            24,
            TimeSpan.FromMilliseconds(240),
            TimeSpan.FromMilliseconds(6));
        var faulted = new ScenarioResult(
            "Batch size <zero> & \"quotes\"",
            "batch.scenario.yaml",
            "PRG_Batch",
            [new ScenarioFailure(ScenarioFailureKind.RuntimeFault, "batch.st:14:31", "runtime fault DivisionByZero in cycle 3 (30ms): division by zero", Cycle: 3, Time: TimeSpan.FromMilliseconds(30))],
            3,
            TimeSpan.FromMilliseconds(30),
            TimeSpan.FromMilliseconds(1),
            new RuntimeFault(RuntimeFaultKind.DivisionByZero, "division by zero", new FaultLocation("batch.st", 14, 31), 3, TimeSpan.FromMilliseconds(30)));
        return new ScenarioSuiteResult([passed, failed, faulted]);
    }
}
