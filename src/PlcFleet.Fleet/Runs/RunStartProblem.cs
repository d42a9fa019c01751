namespace PlcFleet.Fleet.Runs;

/// <summary>Why a run could not start (an unknown run id, a changed prompt, an unknown site): shown to the engineer, exit code 2.</summary>
public sealed record RunStartProblem(string Message);
