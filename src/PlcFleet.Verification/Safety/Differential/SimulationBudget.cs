namespace PlcFleet.Verification.Safety.Differential;

/// <summary>
/// How hard the differential check looks: a fixed seed (printed, so any finding can be replayed), how many generated
/// traces to run, how many must have run for "no difference found" to count, and the wall-time budget. Running out of
/// time before <see cref="MinTraces"/> escalates: unknown is not safe.
/// </summary>
public sealed record SimulationBudget(int Seed = 61131, int Traces = 24, int MinTraces = 12, double Seconds = 10)
{
    public static SimulationBudget Default { get; } = new();

    public TimeSpan Time => TimeSpan.FromSeconds(Seconds);
}
