using PlcFleet.StructuredText.Text;

namespace PlcFleet.Fleet.Migrations.Preconditions;

/// <summary>The site carries any (<c>tags_any</c>) or all (<c>tags_all</c>) of these tags.</summary>
public sealed record TagsPrecondition(LinePosition Position, IReadOnlyList<string> Tags, bool RequireAll) : Precondition(Position)
{
    public override string Kind => RequireAll ? "tags_all" : "tags_any";

    public override string Describe() => $"{Kind} [{string.Join(", ", Tags)}]";
}
