using System.Text.RegularExpressions;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Fleet.Migrations.Preconditions;

/// <summary>
/// A .NET regular expression over the site's PLC files (.st, .scl). <c>code_contains</c> says where the change
/// applies; <c>code_not_contains</c> says when not to act (e.g. already migrated).
/// </summary>
public sealed record CodePrecondition(LinePosition Position, Regex Pattern, bool MustContain) : Precondition(Position)
{
    public override string Kind => MustContain ? "code_contains" : "code_not_contains";

    public override string Describe() => $"{Kind} /{Pattern}/";
}
