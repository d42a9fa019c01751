using System.Text.Json;

namespace PlcFleet.EndToEnd.Tests.Safety;

/// <summary><c>plcfleet safety check BEFORE AFTER</c> as a user runs it: nothing to compare is a usage error, never "passed".</summary>
public sealed class SafetyCheckCommandTests
{
    private const string Conveyor = """
        VAR_GLOBAL
            EStop_OK     AT %IX0.0 : BOOL;
            Guard_Closed AT %IX0.1 : BOOL;
            Start_PB     AT %IX0.2 : BOOL;
            Motor_K1     AT %QX0.0 : BOOL;
        END_VAR

        PROGRAM PRG_Conveyor
        VAR
            Run : BOOL;
        END_VAR
        IF NOT EStop_OK OR NOT Guard_Closed THEN
            Run := FALSE;
        ELSIF Start_PB THEN
            Run := TRUE;
        END_IF;
        Motor_K1 := Run AND EStop_OK AND Guard_Closed;
        END_PROGRAM

        """;

    private const string Counter = """
        VAR_GLOBAL
            Parts : DINT;
        END_VAR

        PROGRAM PRG_Count
        Parts := Parts + 1;
        END_PROGRAM

        """;

    [Fact]
    public void Empty_folders_are_a_usage_error_naming_the_folder()
    {
        using var site = new TempFolder();
        Directory.CreateDirectory(Path.Combine(site.Path, "before"));
        Directory.CreateDirectory(Path.Combine(site.Path, "after"));

        var result = CliRunner.Run(site.Path, "safety", "check", "before", "after");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("'before' holds no PLC code", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("passed", result.StdOut, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_folder_without_any_pou_is_a_usage_error_even_when_the_other_has_code()
    {
        using var site = new TempFolder();
        site.Write("before/conveyor.st", Conveyor);
        site.Write("after/README.md", "# Line 3\nThe PLC code moved to another repository.\n");

        var result = CliRunner.Run(site.Path, "safety", "check", "before", "after", "--format", "json");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("'after' holds no PLC code", result.StdErr, StringComparison.Ordinal);
        Assert.DoesNotContain("passed", result.StdOut, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Deleting_the_file_with_the_safety_output_is_refused()
    {
        using var site = new TempFolder();
        site.Write("before/conveyor.st", Conveyor);
        site.Write("before/counter.st", Counter);
        site.Write("after/counter.st", Counter);

        var result = CliRunner.Run(site.Path, "safety", "check", "before", "after");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("SAF002: safety output Motor_K1 was deleted", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("verdict: failed", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void A_difference_found_in_simulation_carries_its_input_trace_in_json()
    {
        using var site = new TempFolder();
        site.Write("before/conveyor.st", Conveyor);
        // A remote 'service' word on a communication register latches the run without the start button.
        site.Write("after/conveyor.st", Conveyor.Replace("ELSIF Start_PB THEN", "ELSIF Start_PB OR Remote_Word = 16#5A5A THEN", StringComparison.Ordinal)
            .Replace("    Motor_K1     AT %QX0.0 : BOOL;\n", "    Motor_K1     AT %QX0.0 : BOOL;\n    Remote_Word  : WORD;\n", StringComparison.Ordinal));

        var result = CliRunner.Run(site.Path, "safety", "check", "before", "after", "--format", "json");

        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.StdOut);
        Assert.Equal("failed", json.RootElement.GetProperty("verdict").GetString());
        var simulated = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("rule").GetString() == "SAF018");
        var trace = simulated.GetProperty("trace").EnumerateArray().ToList();
        Assert.NotEmpty(trace);
        Assert.Equal("FALSE", trace[^1].GetProperty("before").GetString());
        Assert.Equal("TRUE", trace[^1].GetProperty("after").GetString());
        Assert.Contains(trace, step => step.GetProperty("inputs").TryGetProperty("Remote_Word", out _));
    }
}
