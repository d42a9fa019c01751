namespace PlcFleet.StructuredText.Syntax;

public static partial class DialectExtensions
{
    /// <summary>The dialect a file is read as by default: .scl is Siemens SCL, everything else CODESYS-flavoured ST.</summary>
    public static Dialect FromPath(string path) =>
        Path.GetExtension(path).Equals(".scl", StringComparison.OrdinalIgnoreCase) ? Dialect.Scl : Dialect.Codesys;

    /// <summary>
    /// The dialect from the extension, overridden by the content where it is unambiguous: a .st file with Siemens
    /// block keywords (ORGANIZATION_BLOCK, DATA_BLOCK, FUNCTION ... BEGIN), "#local" names or "DB".member accesses is SCL.
    /// (SIMATIC AX files, recognised by NAMESPACE/USING, are read as the CODESYS flavour, which accepts them.)
    /// </summary>
    public static Dialect FromContent(string path, string text)
    {
        var dialect = FromPath(path);
        return dialect == Dialect.Codesys && SclMarkers().IsMatch(text) ? Dialect.Scl : dialect;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(ORGANIZATION_BLOCK|DATA_BLOCK|END_ORGANIZATION_BLOCK|END_DATA_BLOCK)\b|^\s*BEGIN\s*$|(^|[\s(:=,])#[A-Za-z_]\w*\s*:=|(^|[\s(:=,])""[^""\r\n]+""\.[A-Za-z_]",
        System.Text.RegularExpressions.RegexOptions.Multiline | System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SclMarkers();
}
