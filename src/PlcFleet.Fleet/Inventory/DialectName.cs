using PlcFleet.Fleet.Yaml;
using PlcFleet.Formats.Projects;
using PlcFleet.StructuredText.Syntax;
using YamlDotNet.RepresentationModel;

namespace PlcFleet.Fleet.Inventory;

/// <summary>
/// A dialect name in fleet.yaml or a migration's preconditions, read with the same table as a site's plcfleet.yaml
/// (<see cref="DialectNames"/>: codesys, twincat, iec, scl, siemens) onto the language core's <see cref="Dialect"/>.
/// </summary>
internal static class DialectName
{
    public static Dialect? Parse(YamlScalarNode node, YamlProblems problems, string what)
    {
        if (DialectNames.TryParse(node.Value?.Trim(), out var dialect))
        {
            return dialect;
        }

        problems.Report(node, $"{what}: unknown value '{node.Value}'; allowed: {string.Join(", ", YamlEnum.Names<Dialect>())}");
        return null;
    }
}
