namespace PlcFleet.Fleet.Audit;

/// <summary>What is wrong at which sequence number.</summary>
public sealed record AuditProblem(long Sequence, AuditProblemKind Kind, string Message)
{
    public override string ToString() => $"#{Sequence}: {Message}";
}
