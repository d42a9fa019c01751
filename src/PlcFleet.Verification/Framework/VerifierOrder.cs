namespace PlcFleet.Verification.Framework;

/// <summary>
/// The stated order of the deterministic verifiers: scope is cheapest and catches tampering with tests,
/// then compile (nothing else makes sense on code that does not compile), safety, simulation, equivalence.
/// </summary>
public static class VerifierOrder
{
    public const int Scope = 100;
    public const int Compile = 200;
    public const int Safety = 300;
    public const int Simulation = 400;
    public const int Equivalence = 500;
}
