using System.Globalization;
using System.Text.RegularExpressions;

namespace PlcFleet.Verification.Safety.Analysis;

/// <summary>
/// Located variables that share I/O or marker memory: <c>qLampBank AT %QB4 : BYTE</c> holds the bits <c>%QX4.0..%QX4.7</c>,
/// so writing it writes every BOOL located there (a safety output among them). Word and double-word addresses count bytes
/// differently by vendor (CODESYS/TwinCAT: <c>%QW1</c> = bytes 2-3, low byte first; Siemens: <c>%QW1</c> = bytes 1-2, high byte
/// first); a bit is taken as exactly one bit of the word only where both readings agree, and as unknown where they differ.
/// </summary>
public sealed partial class AddressOverlap
{
    private readonly Dictionary<string, List<(string Bool, int? Bit)>> _overlaps = new(StringComparer.Ordinal);

    private AddressOverlap()
    {
    }

    /// <summary>The BOOLs a located variable's write also writes, each with the bit of the written value it receives (null: not known).</summary>
    public IReadOnlyList<(string Bool, int? Bit)> Of(string path) => _overlaps.TryGetValue(path, out var list) ? list : [];

    public static AddressOverlap Build(ProjectModel model)
    {
        var overlap = new AddressOverlap();
        var located = model.AllVariables().Select(v => (Variable: v, Address: Parse(v.Address))).Where(l => l.Address is not null).ToList();
        var bits = located.Where(l => l.Address!.Value.Size == 'X').ToList();
        foreach (var (variable, address) in located.Where(l => l.Address!.Value.Size != 'X'))
        {
            foreach (var (boolVariable, bitAddress) in bits.Where(b => b.Address!.Value.Area == address!.Value.Area))
            {
                var absolute = bitAddress!.Value.Byte * 8 + bitAddress.Value.Bit;
                var codesys = BitIndex(address!.Value, absolute, littleEndianWords: true);
                var siemens = BitIndex(address.Value, absolute, littleEndianWords: false);
                if (codesys is null && siemens is null)
                {
                    continue;
                }

                if (!overlap._overlaps.TryGetValue(variable.QualifiedName, out var list))
                {
                    overlap._overlaps[variable.QualifiedName] = list = [];
                }

                list.Add((boolVariable.QualifiedName, codesys == siemens ? codesys : null));
            }
        }

        return overlap;
    }

    /// <summary>Which bit of the located value holds the absolute bit, or null when it lies outside.</summary>
    private static int? BitIndex((char Area, char Size, int Byte, int Bit) address, int absolute, bool littleEndianWords)
    {
        var bytes = address.Size switch
        {
            'B' => 1,
            'W' => 2,
            'D' => 4,
            _ => 8,
        };
        var first = littleEndianWords ? address.Byte * bytes : address.Byte;
        var offset = absolute / 8 - first;
        if (offset < 0 || offset >= bytes)
        {
            return null;
        }

        var significance = littleEndianWords ? offset : bytes - 1 - offset;
        return significance * 8 + absolute % 8;
    }

    /// <summary><c>%QX4.0</c>, <c>%Q4.0</c>, <c>%QB4</c>, <c>%MW10</c>, <c>%QD2</c> as area, size (X/B/W/D/L), byte and bit.</summary>
    private static (char Area, char Size, int Byte, int Bit)? Parse(string? address)
    {
        if (address is null || AddressPattern().Match(address.Trim()) is not { Success: true } match)
        {
            return null;
        }

        var area = char.ToUpperInvariant(match.Groups["area"].Value[0]);
        var size = match.Groups["size"].Success ? char.ToUpperInvariant(match.Groups["size"].Value[0]) : 'X';
        var number = int.Parse(match.Groups["byte"].Value, CultureInfo.InvariantCulture);
        var bit = match.Groups["bit"].Success ? int.Parse(match.Groups["bit"].Value, CultureInfo.InvariantCulture) : 0;
        if (size == 'X' && !match.Groups["bit"].Success)
        {
            return null;
        }

        return (area, size, number, bit);
    }

    [GeneratedRegex(@"^%(?<area>[IQM])(?<size>[XBWDL])?(?<byte>\d+)(\.(?<bit>\d+))?$", RegexOptions.IgnoreCase)]
    private static partial Regex AddressPattern();
}
