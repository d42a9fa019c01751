namespace PlcFleet.Simulation.Compilation;

/// <summary>The outcome of compiling a PROGRAM for the simulator: a program to instantiate, or the errors why not.</summary>
public sealed record StProgramCompilation(CompiledStProgram? Program, IReadOnlyList<string> Errors)
{
    public bool Succeeded => Program is not null;
}
