using PlcFleet.Fleet.Store.Records;
using PlcFleet.Fleet.Targeting;

namespace PlcFleet.Fleet.Runs;

/// <summary>A finished (or resumed and finished) run with its plan and summary, or the problem that stopped it starting.</summary>
public sealed record RunResult(RunRecord? Run, MigrationPlan Plan, RunSummary? Summary, bool Resumed, RunStartProblem? Problem = null)
{
    public bool Started => Problem is null && Run is not null;
}
