namespace PlcFleet.Simulation.Equivalence;

/// <summary>What to compare and how hard to look for a difference.</summary>
public sealed record EquivalenceOptions
{
    /// <summary>Seed of the random traces; null picks one (printed in the result so the run can be replayed).</summary>
    public int? Seed { get; init; }

    public TimeSpan CycleTime { get; init; } = TimeSpan.FromMilliseconds(10);

    /// <summary>
    /// How many random traces to run after the given traces; null runs them until <see cref="TimeBudget"/> is spent.
    /// Trace i depends only on the seed and i, so the same seed and count replay a run exactly.
    /// </summary>
    public int? RandomTraces { get; init; }

    /// <summary>Length of each random trace in scans (at least three holds of the longest timer preset).</summary>
    public int CyclesPerTrace { get; init; } = 500;

    /// <summary>The program's timer presets (see <see cref="TimerPresets"/>): random holds last about this long.</summary>
    public IReadOnlyList<TimeSpan> TimerPresets { get; init; } = [];

    /// <summary>Shortest and longest time an input is held, in scans.</summary>
    public int MinHoldCycles { get; init; } = 1;

    public int MaxHoldCycles { get; init; } = 50;

    /// <summary>Traces to replay first, e.g. from the site's scenario files.</summary>
    public IReadOnlyList<NamedTrace> Traces { get; init; } = [];

    /// <summary>Before name → after name, for renamed (and possibly retyped) signals.</summary>
    public IReadOnlyDictionary<string, string> SignalMap { get; init; } = new Dictionary<string, string>();

    /// <summary>Outputs the migration is allowed to change (before or after names); they are not compared.</summary>
    public IReadOnlyList<string> AllowedToChange { get; init; } = [];

    /// <summary>Internal signals to compare as well as the outputs (before names).</summary>
    public IReadOnlyList<string> CompareInternals { get; init; } = [];

    /// <summary>Optional upper bound on scans run (both programs together count once per scan); null for none.</summary>
    public long? MaxTotalCycles { get; init; }

    /// <summary>Wall time for everything: search and shrinking; the CLI's <c>--budget</c>.</summary>
    public TimeSpan TimeBudget { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Values the code compares against or that the plant produces (literals and their neighbours, raw analog
    /// limits): random traces pick them often, so exact boundaries get hit (see <see cref="ProbeValues"/>).
    /// </summary>
    public IReadOnlyList<double> ProbeValues { get; init; } = [];

    /// <summary>Random traces restart the PLC warm now and then, so RETAIN added or removed shows (the site's checks turn it on).</summary>
    public bool WarmRestarts { get; init; }

    /// <summary>Integer inputs without a declared range also take raw analog values up to the overrange 32767 (the site's checks turn it on).</summary>
    public bool AnalogRanges { get; init; }

    public bool Shrink { get; init; } = true;

    /// <summary>Upper bound on replays while shrinking a counterexample.</summary>
    public int MaxShrinkReplays { get; init; } = 5_000;
}
