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

    public static Diagnostic At(SourceText source, Mark mark, string code, string message)
    {
        // YamlDotNet marks are 1-based line/column with a character index; the index is what our spans use.
        var offset = (int)Math.Clamp(mark.Index, 0, source.Length);
        return new Diagnostic(code, DiagnosticSeverity.Error, source, new TextSpan(offset, 0), message);
    }
}
