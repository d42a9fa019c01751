using System.Text.RegularExpressions;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Formats.Vendor.Siemens;

/// <summary>
/// Reads Siemens external sources besides <c>.scl</c>: a UDT source (<c>.udt</c>: <c>TYPE "UDT_Motor" ... END_TYPE</c>) and a
/// data block source (<c>.db</c>: <c>DATA_BLOCK "DB_Line" ... BEGIN ... END_DATA_BLOCK</c>) are SCL declarations, so the
/// whole file is one plain-text region the SCL front end reads; an STL/AWL source (<c>.awl</c>) is kept byte for byte with
/// its blocks listed (one opaque STL body each): PlcFleet does not compile or run STL.
/// </summary>
internal static partial class SiemensSourceReader
{
    [GeneratedRegex(@"^\s*(?<kind>ORGANIZATION_BLOCK|FUNCTION_BLOCK|FUNCTION|DATA_BLOCK|TYPE)\s+(?<name>""[^""]+""|[A-Za-z_][A-Za-z0-9_]*(\s+\d+)?)", RegexOptions.Multiline)]
    private static partial Regex BlockStart();

    public static VendorDocument Read(string path, VendorFormat format, EncodedText file, SourceText original)
    {
        var objects = BlockStart().Matches(original.Text)
            .Select(m => new VendorObject(m.Groups["kind"].Value, m.Groups["name"].Value.Trim('"'), original.GetLinePosition(m.Groups["kind"].Index)))
            .ToList();
        if (format == VendorFormat.SiemensStl)
        {
            var bodies = objects.Where(o => o.Kind != "TYPE").Select(o => (CodeBody)new OpaqueCodeBody(o.Name, o.Position, "STL")).ToList();
            return new VendorDocument(path, format, file, original, [], objects, bodies, null, []);
        }

        var owner = objects.Count > 0 ? objects[0].Name : Path.GetFileNameWithoutExtension(path);
        var region = EmbeddedRegion.Read(RegionKind.StObjects, owner, original.Text, 0, original.Length, RegionQuoting.Plain);
        var view = new StViewBuilder(original);
        view.Region(region);
        return new VendorDocument(path, format, file, original, [region], objects, [new StCodeBody(owner, new LinePosition(1, 1), region)], view.Build(), []);
    }
}
