using System.Text;
using PlcFleet.Formats.Vendor.Codesys;
using PlcFleet.Formats.Vendor.PlcOpen;
using PlcFleet.Formats.Vendor.Rockwell;
using PlcFleet.Formats.Vendor.TwinCat;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Formats.Vendor;

/// <summary>Which vendor format a file is, and reading it (from disk or from bytes) into a <see cref="VendorDocument"/>.</summary>
public static class VendorFiles
{
    private static readonly Dictionary<string, VendorFormat> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".TcPOU"] = VendorFormat.TwinCat,
        [".TcDUT"] = VendorFormat.TwinCat,
        [".TcGVL"] = VendorFormat.TwinCat,
        [".TcIO"] = VendorFormat.TwinCat,
        [".plcproj"] = VendorFormat.TwinCatProject,
        [".exp"] = VendorFormat.CodesysExport,
        [".L5X"] = VendorFormat.RockwellL5x,
    };

    /// <summary>The format of a file, or null when PlcFleet does not read it. <c>.xml</c> files count only when they are PLCopen XML.</summary>
    public static VendorFormat? FormatOf(string path)
    {
        var extension = Path.GetExtension(path);
        if (ByExtension.TryGetValue(extension, out var format))
        {
            return format;
        }

        return extension.Equals(".xml", StringComparison.OrdinalIgnoreCase) && LooksLikePlcOpen(path) ? VendorFormat.PlcOpenXml : null;
    }

    /// <summary>The format of a file whose bytes are at hand (e.g. read from a git commit rather than from disk).</summary>
    public static VendorFormat? FormatOf(string path, byte[] content)
    {
        var extension = Path.GetExtension(path);
        if (ByExtension.TryGetValue(extension, out var format))
        {
            return format;
        }

        return extension.Equals(".xml", StringComparison.OrdinalIgnoreCase) && NamesPlcOpen(content.AsSpan(0, Math.Min(content.Length, 4096))) ? VendorFormat.PlcOpenXml : null;
    }

    public static bool IsVendorFile(string path) => FormatOf(path) is not null;

    /// <param name="displayPath">The path diagnostics show.</param>
    public static VendorDocument Read(string path, string displayPath) =>
        Read(File.ReadAllBytes(path), FormatOf(path) ?? VendorFormat.PlcOpenXml, displayPath);

    public static VendorDocument Read(byte[] bytes, VendorFormat format, string displayPath)
    {
        var file = EncodedText.Decode(bytes, format == VendorFormat.CodesysExport ? EncodedText.Windows1252 : new UTF8Encoding(false));
        var original = new SourceText(file.Text, displayPath);
        return format switch
        {
            VendorFormat.TwinCat => TwinCatReader.Read(displayPath, file, new XmlSource(original)),
            VendorFormat.TwinCatProject => PlcProjReader.Read(displayPath, file, new XmlSource(original)),
            VendorFormat.PlcOpenXml => PlcOpenReader.Read(displayPath, file, new XmlSource(original)),
            VendorFormat.RockwellL5x => L5xReader.Read(displayPath, file, new XmlSource(original)),
            VendorFormat.CodesysExport => CodesysExportReader.Read(displayPath, file, original),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "no reader for this format"),
        };
    }

    /// <summary>PLCopen XML names its namespace near the top; other XML files (configuration, MSBuild) are not PLC code.</summary>
    private static bool LooksLikePlcOpen(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var head = new byte[4096];
            var read = stream.Read(head, 0, head.Length);
            return NamesPlcOpen(head.AsSpan(0, read));
        }
        catch (IOException)
        {
            return false;
        }
    }

    private static bool NamesPlcOpen(ReadOnlySpan<byte> head) => Encoding.UTF8.GetString(head).Contains("www.plcopen.org/xml/tc6", StringComparison.Ordinal);
}
