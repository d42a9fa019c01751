namespace PlcFleet.StructuredText.Syntax;

public static class DialectExtensions
{
    /// <summary>The dialect a file is read as by default: .scl is Siemens SCL, everything else CODESYS-flavoured ST.</summary>
    public static Dialect FromPath(string path) =>
        Path.GetExtension(path).Equals(".scl", StringComparison.OrdinalIgnoreCase) ? Dialect.Scl : Dialect.Codesys;
}
