using PlcFleet.StructuredText.Diagnostics;
using PlcFleet.StructuredText.Text;

namespace PlcFleet.Simulation.Scenarios;

/// <summary>The diagnostic codes scenario files can raise (SIM1xxx), so tools and docs can refer to them.</summary>
public static class ScenarioDiagnostics
{
    public const string InvalidYaml = "SIM1001";
    public const string UnknownKey = "SIM1002";
    public const string MissingKey = "SIM1003";
    public const string InvalidDuration = "SIM1004";
    public const string WrongShape = "SIM1005";
    public const string UnknownSignal = "SIM1006";
    public const string WrongValueType = "SIM1007";
    public const string InvalidCondition = "SIM1008";
    public const string WrongProgram = "SIM1009";
    public const string NotSettable = "SIM1010";

    public static Diagnostic Error(string code, SourceText source, TextSpan span, string message) =>
        new(code, DiagnosticSeverity.Error, source, span, message);
}
