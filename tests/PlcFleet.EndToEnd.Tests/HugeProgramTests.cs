namespace PlcFleet.EndToEnd.Tests;

/// <summary>
/// Generated code at the sizes plants have: a 20,000-alarm summary checks and simulates (it used to kill the process
/// with a stack overflow), and <c>plcfleet bench corpus</c> reports a folder of foreign files per source.
/// </summary>
public sealed class HugeProgramTests
{
    [Fact]
    public void Alarm_summary_of_20000_alarms_checks_and_passes_its_scenario()
    {
        const int alarms = 20_000;
        using var site = new TempFolder();
        var declarations = string.Concat(Enumerable.Range(0, alarms).Select(i => $"    bAlarm{i} : BOOL;\n"));
        site.Write("src/PRG_AlarmSummary.st", "PROGRAM PRG_AlarmSummary\nVAR\n" + declarations + "    bAnyAlarm : BOOL;\nEND_VAR\n"
            + "bAnyAlarm := " + string.Join(" OR ", Enumerable.Range(0, alarms).Select(i => $"bAlarm{i}")) + ";\nEND_PROGRAM\n");
        site.Write("plcfleet.yaml", "plc_folders: [src]\ndialect: codesys\nscenarios: [tests]\n");
        site.Write("tests/summary.scenario.yaml", """
            scenario: The last of 20000 alarms raises the summary alarm
            program: PRG_AlarmSummary
            cycle: 10ms
            steps:
              - at: 50ms
                expect: { bAnyAlarm: FALSE }
              - at: 100ms
                set: { bAlarm19999: TRUE }
              - at: 150ms
                expect: { bAnyAlarm: TRUE }
            duration: 200ms
            """);

        var check = CliRunner.Run(site.Path, "check", ".");
        var test = CliRunner.Run(site.Path, "test", ".");

        Assert.True(check.ExitCode == 0, check.ToString());
        Assert.Contains("0 error(s)", check.StdOut);
        Assert.True(test.ExitCode == 0, test.ToString());
        Assert.Contains("1 passed, 0 failed", test.StdOut);
    }

    [Fact]
    public void Bench_corpus_reports_each_source_folder()
    {
        using var corpus = new TempFolder();
        corpus.Write("vendor-a/FB_Valve.st", "FUNCTION_BLOCK FB_Valve\nVAR_INPUT bOpen : BOOL; END_VAR\nVAR_OUTPUT bCoil : BOOL; END_VAR\nbCoil := bOpen;\nEND_FUNCTION_BLOCK\n");
        corpus.Write("vendor-a/PRG_Broken.st", "PROGRAM PRG_Broken\nVAR x : INT; END_VAR\nx := x + ;\nEND_PROGRAM\n");
        corpus.Write("vendor-b/Main.scl", "ORGANIZATION_BLOCK \"Main\"\nBEGIN\n    \"Lamp\" := TRUE;\nEND_ORGANIZATION_BLOCK\n");

        var result = CliRunner.Run(corpus.Path, "bench", "corpus", ".", "--files", "files.tsv");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Matches(@"vendor-a\s+Codesys\s+2\s+1 \(50%\)", result.StdOut);
        Assert.Matches(@"vendor-b\s+Scl\s+1\s+1 \(100%\)", result.StdOut);
        Assert.Contains("ST0013 expected a value", result.StdOut);
        Assert.Equal(3, File.ReadAllLines(Path.Combine(corpus.Path, "files.tsv")).Length);
    }
}
