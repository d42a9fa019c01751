using System.Xml.Linq;

namespace PlcFleet.Formats.Vendor;

/// <summary>
/// Keeps a graphical body (PLCopen LD/FBD/SFC, TwinCAT CFC/NWL) as its elements: blocks with type and instance,
/// contacts and coils with their variable, steps, transitions, variables with their expression.
/// </summary>
internal static class GraphicalBodies
{
    private static readonly HashSet<string> ElementNames = new(StringComparer.OrdinalIgnoreCase)
    {
        "block", "contact", "coil", "inVariable", "outVariable", "inOutVariable", "step", "transition", "jumpStep", "macroStep",
        "leftPowerRail", "rightPowerRail", "connector", "continuation", "label", "jump", "return", "actionBlock",
        "selectionDivergence", "selectionConvergence", "simultaneousDivergence", "simultaneousConvergence", "comment",
        "Box", "Contact", "Coil", "Input", "Output", "Network", "Step", "Transition", "Jump", "Label",
    };

    public static CodeBody From(XmlSource xml, string owner, XElement language)
    {
        var position = xml.PositionOf(language);
        var kind = language.Name.LocalName.ToUpperInvariant() switch
        {
            "LD" or "RLL" => GraphicalLanguage.Ladder,
            "FBD" or "NWL" => GraphicalLanguage.FunctionBlockDiagram,
            "SFC" => GraphicalLanguage.SequentialFunctionChart,
            "CFC" => GraphicalLanguage.ContinuousFunctionChart,
            _ => (GraphicalLanguage?)null,
        };
        if (kind is not { } graphical)
        {
            return new OpaqueCodeBody(owner, position, language.Name.LocalName);
        }

        var elements = language.Descendants()
            .Where(e => ElementNames.Contains(e.Name.LocalName))
            .Select(e => new GraphicalElement(e.Name.LocalName, (string?)e.Attribute("localId"), Describe(e), xml.PositionOf(e)))
            .ToList();
        return new GraphicalCodeBody(owner, position, graphical, elements);
    }

    private static string Describe(XElement element)
    {
        var parts = new List<string>();
        foreach (var name in new[] { "typeName", "instanceName", "name", "Name", "negated", "storage" })
        {
            if ((string?)element.Attribute(name) is { Length: > 0 } value && !(name == "negated" && value == "false"))
            {
                parts.Add(name == "negated" ? "NOT" : value);
            }
        }

        foreach (var child in element.Elements().Where(c => c.Name.LocalName is "variable" or "expression" or "reference"))
        {
            parts.Add(child.Value.Trim());
        }

        return string.Join(" ", parts);
    }
}
