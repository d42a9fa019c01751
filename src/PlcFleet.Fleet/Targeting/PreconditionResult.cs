using PlcFleet.Fleet.Migrations.Preconditions;

namespace PlcFleet.Fleet.Targeting;

/// <summary>One precondition checked against one site, with the evidence a reviewer can verify (a value, a file:line).</summary>
public sealed record PreconditionResult(Precondition Precondition, bool Passed, string Evidence)
{
    public override string ToString() => $"{(Passed ? "ok  " : "FAIL")} {Precondition.Describe()}: {Evidence}";
}
