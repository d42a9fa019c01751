using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Text;
using YamlDotNet.Core;

namespace PlcFleet.Formats.Projects;

/// <summary>Codes for problems in the files that carry PLC code and its settings (PF = PlcFleet format).</summary>
public static class FormatDiagnostics
{
    public const string InvalidYaml = "PF0001";
    public const string UnknownKey = "PF0002";
    public const string InvalidValue = "PF0003";
    public const string UnreadableFile = "PF0004";

    // Vendor project files (TwinCAT, PLCopen XML, CODESYS 2.3 export, Rockwell L5X/L5K, Siemens sources).
    public const string InvalidXml = "PF0101";
    public const string WrongDocument = "PF0102";
    public const string UnknownSchemaVersion = "PF0103";
    public const string MissingPart = "PF0104";
    public const string MissingProjectFile = "PF0105";

    // YamlDotNet marks are 1-based line/column with a character index; the index is what our spans use.
    public static Diagnostic At(SourceText source, Mark mark, string code, string message) => At(source, (int)mark.Index, code, message);

    public static Diagnostic At(SourceText source, int index, string code, string message) =>
        new(code, DiagnosticSeverity.Error, source, new TextSpan(Math.Clamp(index, 0, source.Length), 0), message);
}
