using PlcFleet.Simulation.Compilation;
using PlcFleet.Simulation.Tests.Compilation;
using PlcFleet.Simulation.Values;

namespace PlcFleet.Simulation.Tests.StandardFunctions;

/// <summary>Runs one scan of a program that assigns a standard function call to an output, through the real compiler.</summary>
internal static class FunctionProbe
{
    public static PlcValue Evaluate(string outputType, string expression, string declarations = "")
    {
        var plc = CompiledProgramFactory.Instance($"""
            PROGRAM PRG_Probe
            VAR_OUTPUT xResult : {outputType}; END_VAR
            VAR {declarations} END_VAR
            xResult := {expression};
            END_PROGRAM
            """);
        plc.RunScanCycle(TimeSpan.FromMilliseconds(10));
        return plc.Get("xResult");
    }

    public static string Text(string expression, string declarations = "") => Evaluate("STRING(200)", expression, declarations).AsString;

    public static StProgramCompilation Compile(string outputType, string expression) => CompiledProgramFactory.Compile($"""
        PROGRAM PRG_Probe
        VAR_OUTPUT xResult : {outputType}; END_VAR
        xResult := {expression};
        END_PROGRAM
        """);
}
