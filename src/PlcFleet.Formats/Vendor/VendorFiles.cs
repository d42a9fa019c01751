using System.Text;
using System.Text.Unicode;
using PlcFleet.Formats.Vendor.Codesys;
using PlcFleet.Formats.Vendor.PlcOpen;
using PlcFleet.Formats.Vendor.Rockwell;
using PlcFleet.Formats.Vendor.Siemens;
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
        [".L5K"] = VendorFormat.RockwellL5k,
        [".udt"] = VendorFormat.SiemensSource,
        [".awl"] = VendorFormat.SiemensStl,
    };

    /// <summary>The format of a file, or null when PlcFleet does not read it. <c>.xml</c> files count only when they are PLCopen XML.</summary>
    public static VendorFormat? FormatOf(string path)
    {
        var extension = Path.GetExtension(path);
        if (ByExtension.TryGetValue(extension, out var format))
        {
            return format;
        }

        return extension.ToUpperInvariant() switch
        {
            ".XML" => NamesPlcOpen(Head(path)) ? VendorFormat.PlcOpenXml : null,
            ".DB" => IsDataBlockSource(Head(path)) ? VendorFormat.SiemensSource : null,
            _ => null,
        };
    }

    /// <summary>The format of a file whose bytes are at hand (e.g. read from a git commit rather than from disk).</summary>
    public static VendorFormat? FormatOf(string path, byte[] content)
    {
        var extension = Path.GetExtension(path);
        if (ByExtension.TryGetValue(extension, out var format))
        {
            return format;
        }

        var head = content.AsSpan(0, Math.Min(content.Length, HeadLength));
        return extension.ToUpperInvariant() switch
        {
            ".XML" => NamesPlcOpen(head) ? VendorFormat.PlcOpenXml : null,
            ".DB" => IsDataBlockSource(head) ? VendorFormat.SiemensSource : null,
            _ => null,
        };
    }

    public static bool IsVendorFile(string path) => FormatOf(path) is not null;

    /// <param name="displayPath">The path diagnostics show.</param>
    public static VendorDocument Read(string path, string displayPath) =>
        Read(File.ReadAllBytes(path), FormatOf(path) ?? VendorFormat.PlcOpenXml, displayPath);

    public static VendorDocument Read(byte[] bytes, VendorFormat format, string displayPath)
    {
        var file = EncodedText.Decode(bytes, FallbackEncoding(format, bytes));
        var original = new SourceText(file.Text, displayPath);
        return format switch
        {
            VendorFormat.TwinCat => TwinCatReader.Read(displayPath, file, new XmlSource(original)),
            VendorFormat.TwinCatProject => PlcProjReader.Read(displayPath, file, new XmlSource(original)),
            VendorFormat.PlcOpenXml => PlcOpenReader.Read(displayPath, file, new XmlSource(original)),
            VendorFormat.RockwellL5x => L5xReader.Read(displayPath, file, new XmlSource(original)),
            VendorFormat.CodesysExport => CodesysExportReader.Read(displayPath, file, original),
            VendorFormat.RockwellL5k => L5kReader.Read(displayPath, file, original),
            VendorFormat.SiemensSource or VendorFormat.SiemensStl => SiemensSourceReader.Read(displayPath, format, file, original),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, "no reader for this format"),
        };
    }

    private const int HeadLength = 4096;

    /// <summary>
    /// The encoding of a file without a byte-order mark or XML declaration: CODESYS 2.3 exports are Windows-1252; Siemens
    /// text sources are UTF-8 from TIA Portal but ANSI from STEP 7 classic, so they are UTF-8 only when the bytes are valid UTF-8.
    /// </summary>
    private static Encoding FallbackEncoding(VendorFormat format, byte[] bytes) => format switch
    {
        VendorFormat.CodesysExport => EncodedText.Windows1252,
        VendorFormat.SiemensSource or VendorFormat.SiemensStl or VendorFormat.RockwellL5k when !Utf8.IsValid(bytes) => EncodedText.Windows1252,
        _ => new UTF8Encoding(false),
    };

    /// <summary>The first bytes of a file on disk (empty when it cannot be read), to tell PLC files from others of the same extension.</summary>
    private static byte[] Head(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var head = new byte[HeadLength];
            var read = stream.Read(head, 0, head.Length);
            return head[..read];
        }
        catch (IOException)
        {
            return [];
        }
        catch (UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>PLCopen XML names its namespace near the top; other XML files (configuration, MSBuild) are not PLC code.</summary>
    private static bool NamesPlcOpen(ReadOnlySpan<byte> head) => Encoding.UTF8.GetString(head).Contains("www.plcopen.org/xml/tc6", StringComparison.Ordinal);

    /// <summary>A Siemens data block source starts with DATA_BLOCK (after comments); a .db file may as well be a database.</summary>
    private static bool IsDataBlockSource(ReadOnlySpan<byte> head)
    {
        var text = Encoding.Latin1.GetString(head).TrimStart('\uFEFF', '\u00EF', '\u00BB', '\u00BF');
        foreach (var line in text.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.Length == 0 || trimmed.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            return trimmed.StartsWith("DATA_BLOCK", StringComparison.OrdinalIgnoreCase);
        }

        return false;
    }
}
