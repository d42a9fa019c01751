namespace PlcFleet.Cli.Output;

public enum DiagnosticFormat
{
    Text,
    Json,
    Sarif,
}
