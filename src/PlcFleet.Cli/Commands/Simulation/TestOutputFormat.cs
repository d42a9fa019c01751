namespace PlcFleet.Cli.Commands.Simulation;

/// <summary>How <c>plcfleet test</c> reports: a table for people, JSON for tools, JUnit XML for CI servers.</summary>
public enum TestOutputFormat
{
    Text,
    Json,
    JUnit,
}
