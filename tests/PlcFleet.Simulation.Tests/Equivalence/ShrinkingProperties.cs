using FsCheck.Xunit;
using PlcFleet.Simulation.Equivalence;
using PlcFleet.Simulation.Tests.TestPrograms;

namespace PlcFleet.Simulation.Tests.Equivalence;

public sealed class ShrinkingProperties
{
    [Property(MaxTest = 15)]
    public bool A_shrunk_trace_always_reproduces_the_difference_and_is_no_longer(int seed)
    {
        var options = new EquivalenceOptions { Seed = seed, RandomTraces = 30, CyclesPerTrace = 300 };
        var result = EquivalenceChecker.Check(() => new ConveyorProgram(), () => new ConveyorRestartsWithoutStartEdge(), options);
        if (result.Counterexample is not { } c)
        {
            return true; // no trace of this seed happened to drop and restore the permissive chain
        }

        var replayed = EquivalenceChecker.Replay(() => new ConveyorProgram(), () => new ConveyorRestartsWithoutStartEdge(), c.Shrunk, options);
        return replayed == c.Divergence
            && c.Divergence.Signal == c.OriginalDivergence.Signal
            && c.Shrunk.TotalCycles <= c.OriginalDivergence.Cycle + 1
            && c.Shrunk.Segments.Count <= 3 && c.Shrunk.TotalCycles <= 3; // start, drop the permissive, restore it
    }

    [Property(MaxTest = 15)]
    public bool Equivalent_programs_never_yield_a_counterexample(int seed)
    {
        var options = new EquivalenceOptions { Seed = seed, RandomTraces = 10, CyclesPerTrace = 300 };
        return EquivalenceChecker.Check(() => new ConveyorProgram(), () => new ConveyorWithRsBlock(), options).IsEquivalent;
    }
}
