using System.Globalization;

namespace PlcFleet.Verification.Simulation;

/// <summary>Splits a scenario failure's <c>file:line:column</c> into the parts a <see cref="Framework.Finding"/> keeps.</summary>
public static class ScenarioLocation
{
    public static (string File, int Line, int Column) Parse(string location)
    {
        var parts = location.Split(':');
        if (parts.Length >= 3
            && int.TryParse(parts[^2], NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            && int.TryParse(parts[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var column))
        {
            return (string.Join(':', parts[..^2]), line, column);
        }

        return (location, 0, 0);
    }
}
