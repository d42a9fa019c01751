using System.Diagnostics;

namespace PlcFleet.TestSupport.Cli;

/// <summary>
/// The real <c>plcfleet</c> built beside the tests (plcfleet.dll in the test's output folder), started in a child
/// process as a user or a CI script would: colour off, no password in the environment unless a test sets one.
/// </summary>
public static class PlcFleetCli
{
    public static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(3);

    /// <summary>The CLI built beside the tests; run it with <c>dotnet</c>.</summary>
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "plcfleet.dll");

    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> args, IReadOnlyDictionary<string, string?>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment.Remove("PLCFLEET_PASSWORD");
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        return start;
    }

    /// <summary>Runs one command to its end; <paramref name="stdin"/> is written as one line, then stdin is closed (empty in CI).</summary>
    public static CliResult Run(string workingDirectory, IReadOnlyDictionary<string, string?>? environment, string? stdin, params string[] args)
    {
        using var process = Process.Start(StartInfo(workingDirectory, args, environment))!;
        if (stdin is not null)
        {
            process.StandardInput.WriteLine(stdin);
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(CommandTimeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"plcfleet {string.Join(' ', args)} did not finish in {CommandTimeout.TotalMinutes} minutes");
        }

        return new CliResult(process.ExitCode, stdout.Result, stderr.Result);
    }
}
