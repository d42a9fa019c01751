using System.Diagnostics;
using System.Text.RegularExpressions;

namespace PlcFleet.Web.Tests.Browser;

/// <summary>Runs the real <c>plcfleet</c> built beside the tests: one-shot commands, and <c>serve</c> as a long-lived child process.</summary>
public sealed partial class PlcFleetProcess : IDisposable
{
    private readonly Process _process;

    private PlcFleetProcess(Process process, Uri url)
    {
        _process = process;
        Url = url;
    }

    public Uri Url { get; }

    public static (int ExitCode, string Output) Run(string workingDirectory, string? stdin, params string[] args)
    {
        using var process = Process.Start(Start(workingDirectory, args))!;
        if (stdin is not null)
        {
            process.StandardInput.WriteLine(stdin);
        }

        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"plcfleet {string.Join(' ', args)} did not finish in 3 minutes");
        }

        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    /// <summary>Starts <c>plcfleet serve</c> on a port the OS picks and waits for the line that names it.</summary>
    public static async Task<PlcFleetProcess> ServeAsync(string workingDirectory, params string[] args)
    {
        var process = Process.Start(Start(workingDirectory, ["serve", .. args, "--urls", "http://127.0.0.1:0"]))!;
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (Listening().Match(line) is { Success: true } match)
            {
                // Keep draining stdout so the server never blocks on a full pipe.
                _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                return new PlcFleetProcess(process, new Uri(match.Groups[1].Value));
            }
        }

        process.Kill(entireProcessTree: true);
        throw new InvalidOperationException($"plcfleet serve did not start: {await stderr}");
    }

    private static ProcessStartInfo Start(string workingDirectory, IEnumerable<string> args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "plcfleet.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["NO_COLOR"] = "1";
        return start;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit(TimeSpan.FromSeconds(10));
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"listening on (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();
}
