using PlcFleet.StructuredText.Text;

namespace PlcFleet.Fleet.Migrations.Preconditions;

/// <summary>
/// None of the files the change would touch is safety-certified: touching one voids its certificate, so
/// such sites are left to a safety engineer.
/// </summary>
public sealed record NotCertifiedPrecondition(LinePosition Position) : Precondition(Position)
{
    public override string Kind => "not_certified";

    public override string Describe() => "no certified file affected";
}
