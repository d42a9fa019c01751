using System.Diagnostics;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace PlcFleet.Benchmarks;

/// <summary>
/// Whole-process <c>plcfleet check</c> of a generated 100,000-line site (about 100 files of 1,000 lines: types, global
/// lists, station blocks, line programs, with its libraries declared in plcfleet.yaml), as a user runs it: process start,
/// loading, parse, bind, checks and the printed report. The budget is 2 s. Needs the CLI built in Release
/// (src/PlcFleet.Cli/bin/Release/net10.0/plcfleet.dll, or the path in PLCFLEET_CLI).
/// </summary>
public class CheckProcessBenchmarks
{
    public const int ProjectLines = 100_000;

    private string _site = string.Empty;
    private string _cli = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _cli = Environment.GetEnvironmentVariable("PLCFLEET_CLI") ?? FindCli();
        _site = Path.Combine(Path.GetTempPath(), "plcfleet-check-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        WriteSite(_site, ProjectLines);
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_site, recursive: true);

    [Benchmark]
    public int CheckWholeProcess()
    {
        using var process = Process.Start(new ProcessStartInfo("dotnet", [_cli, "check", _site])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return output.Result.Length + process.ExitCode;
    }

    /// <summary>The generated project split into files at declaration starts, each about 1,000 lines.</summary>
    public static void WriteSite(string folder, int lines)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "plcfleet.yaml"), "libraries: [Tc2_Standard, Tc2_System, Util]\n");
        File.WriteAllText(Path.Combine(folder, "FB_StationBase.st"),
            "FUNCTION_BLOCK FB_StationBase\nVAR\n    aTemperatures : ARRAY[1..8] OF REAL;\nEND_VAR\nEND_FUNCTION_BLOCK\n");
        var file = new StringBuilder();
        var count = 0;
        var index = 0;
        foreach (var line in PlcProjectGenerator.Generate(lines).Split('\n'))
        {
            if (count >= 1000 && (line.StartsWith("TYPE ", StringComparison.Ordinal) || line.StartsWith("PROGRAM ", StringComparison.Ordinal)))
            {
                File.WriteAllText(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"Line{index++:000}.st")), file.ToString());
                file.Clear();
                count = 0;
            }

            file.Append(line).Append('\n');
            count++;
        }

        File.WriteAllText(Path.Combine(folder, string.Create(CultureInfo.InvariantCulture, $"Line{index:000}.st")), file.ToString());
    }

    private static string FindCli()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "src", "PlcFleet.Cli", "bin", "Release", "net10.0", "plcfleet.dll");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("build the CLI first (dotnet build src/PlcFleet.Cli -c Release) or set PLCFLEET_CLI");
    }
}
