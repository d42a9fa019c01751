namespace PlcFleet.Formats.Yaml;

/// <summary>Why a YAML text could not be read, and where: 1-based line and column, 0-based character index.</summary>
public sealed record YamlSyntaxError(int Line, int Column, int Index, string Message);
