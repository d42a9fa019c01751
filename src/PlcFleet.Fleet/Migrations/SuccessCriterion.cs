using PlcFleet.StructuredText.Text;

namespace PlcFleet.Fleet.Migrations;

/// <summary>
/// One condition of the end state. All but <c>judge</c> are checked by a machine; a migration needs at least one
/// of those, or nobody can tell whether the agent is done.
/// </summary>
public sealed record SuccessCriterion(SuccessCriterionKind Kind, string? Pattern, LinePosition Position)
{
    public bool IsMachineCheckable => Kind != SuccessCriterionKind.Judge;

    public override string ToString() => Pattern is null ? Yaml.YamlEnum.ToYamlName(Kind) : $"{Yaml.YamlEnum.ToYamlName(Kind)}: {Pattern}";
}
