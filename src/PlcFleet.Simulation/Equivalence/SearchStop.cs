namespace PlcFleet.Simulation.Equivalence;

/// <summary>Which bound ended a differential search, so a report never says "budget" when something else stopped it.</summary>
public enum SearchStop
{
    /// <summary>A difference was found (and shrunk within what was left of the budget).</summary>
    Difference,

    /// <summary>The wall-time budget (<c>--budget</c>) ran out.</summary>
    TimeBudget,

    /// <summary>The requested number of random traces (<c>--traces</c>) was run.</summary>
    TraceCount,

    /// <summary>The optional cap on scans (<see cref="EquivalenceOptions.MaxTotalCycles"/>) was reached.</summary>
    ScanLimit,
}
