namespace PlcFleet.Simulation.Compilation;

/// <summary>How a compiled statement ends: normally, or leaving a loop (EXIT/CONTINUE) or the POU (RETURN).</summary>
public enum Flow
{
    Normal,
    Exit,
    Continue,
    Return,
}
