namespace PlcFleet.Verification.Equivalence;

/// <summary>
/// How hard the equivalence verifier looks at each PROGRAM during a fleet run: a wall-time budget per program, a fixed
/// seed by default (printed in every finding, so a divergence can be replayed with <c>plcfleet equiv --seed</c>), and
/// how many scans of the reviewer's waveform to keep.
/// </summary>
public sealed record EquivalenceBudget
{
    public const int DefaultSeed = 61131;

    public TimeSpan TimePerProgram { get; init; } = TimeSpan.FromSeconds(1.5);

    /// <summary>
    /// Random traces after the scenario traces; whichever of this and <see cref="TimePerProgram"/> comes first ends the
    /// search, so a fleet run does not spend the whole budget on every unchanged program. Null runs to the time budget.
    /// </summary>
    public int? RandomTraces { get; init; } = 64;

    /// <summary>Seed of the random traces; null picks a fresh one each run (still printed).</summary>
    public int? Seed { get; init; } = DefaultSeed;

    public int MaxWaveformCycles { get; init; } = 300;

    /// <summary>
    /// Wall time for the symbolic engine (proof or deep counterexample) on each program after the random search found
    /// nothing; each solver query is bounded by its deterministic resource limit as well. Its 'unknown' escalates, so
    /// a pass is always a proof or a bounded check. Zero leaves the engine out, and then every program escalates: a random search alone is never a pass.
    /// </summary>
    public TimeSpan SymbolicTimePerProgram { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Outputs drawn in the waveform (each twice: before and after).</summary>
    public int MaxWaveformOutputs { get; init; } = 6;

    public static EquivalenceBudget Default { get; } = new();
}
