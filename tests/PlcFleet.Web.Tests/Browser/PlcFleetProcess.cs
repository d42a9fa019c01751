using System.Diagnostics;
using System.Text.RegularExpressions;
using PlcFleet.TestSupport.Cli;

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
        var result = PlcFleetCli.Run(workingDirectory, null, stdin, args);
        return (result.ExitCode, result.StdOut + result.StdErr);
    }

    /// <summary>Starts <c>plcfleet serve</c> on a port the OS picks and waits for the line that names it.</summary>
    public static async Task<PlcFleetProcess> ServeAsync(string workingDirectory, params string[] args)
    {
        var start = PlcFleetCli.StartInfo(workingDirectory, ["serve", .. args, "--urls", "http://127.0.0.1:0"]);
        start.Environment[PlcFleet.Web.Auth.KeyCertificate.PathVariable] = Path.Combine(workingDirectory, "dashboard-keys.pfx"); // not the user's profile
        var process = Process.Start(start)!;
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
