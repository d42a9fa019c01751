using System.Text.RegularExpressions;

namespace PlcFleet.Simulation.Programs.Signals;

/// <summary>
/// IEC direct addresses (<c>%IX0.1</c>, <c>%QW4</c>, <c>%MD10</c>) in one canonical spelling, so a scenario may
/// write Siemens' <c>%I0.1</c> for the program's <c>%IX0.1</c> (a bit address needs no X) in any letter case.
/// </summary>
public static partial class DirectAddress
{
    public static bool IsAddress(string text) => text.StartsWith('%');

    /// <summary>Upper case, with the X size prefix added to bit addresses (<c>%i0.1</c> → <c>%IX0.1</c>); null if not an address.</summary>
    public static string? Normalize(string text)
    {
        var match = AddressPattern().Match(text.Trim());
        if (!match.Success)
        {
            return null;
        }

        var area = match.Groups["area"].Value.ToUpperInvariant();
        var size = match.Groups["size"].Value.ToUpperInvariant();
        var location = match.Groups["location"].Value;
        if (size.Length == 0 && location.Contains('.', StringComparison.Ordinal))
        {
            size = "X";
        }

        return $"%{area}{size}{location}";
    }

    public static bool SameAddress(string a, string b) =>
        Normalize(a) is { } x && Normalize(b) is { } y && string.Equals(x, y, StringComparison.Ordinal);

    [GeneratedRegex(@"^%(?<area>[IQM])(?<size>[XBWDL]?)(?<location>\d+(\.\d+)*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AddressPattern();
}
