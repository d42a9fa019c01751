using System.Diagnostics;
using System.Text;
using PlcFleet.TestSupport.Cli;

namespace PlcFleet.EndToEnd.Tests.Review;

/// <summary>
/// Runs plcfleet on a pseudo-terminal (util-linux <c>script</c>), as a person at a shell would, and types an answer
/// when a prompt appears. This is how the hidden password prompt is tested without a real keyboard.
/// </summary>
public static class TerminalRun
{
    public static CliResult Run(string workingDirectory, string prompt, string typed, params string[] args)
    {
        var command = string.Join(' ', new[] { "dotnet", PlcFleetCli.Dll }.Concat(args).Select(Quote));
        var start = new ProcessStartInfo("script", ["-qec", command, "/dev/null"])
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment.Remove("PLCFLEET_PASSWORD");
        start.Environment["TERM"] = "xterm";
        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var reader = Task.Run(() =>
        {
            var buffer = new char[256];
            int read;
            while ((read = process.StandardOutput.Read(buffer, 0, buffer.Length)) > 0)
            {
                lock (output)
                {
                    output.Append(buffer, 0, read);
                }
            }
        });
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (!Seen(output, prompt) && !process.HasExited && DateTime.UtcNow < deadline)
        {
            Thread.Sleep(50);
        }

        // A person reads the prompt before typing; until the program starts reading keys the terminal itself would echo.
        Thread.Sleep(TimeSpan.FromSeconds(1.5));
        process.StandardInput.Write(typed + "\r");
        process.StandardInput.Flush();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"plcfleet {string.Join(' ', args)} did not finish on the terminal");
        }

        reader.Wait(TimeSpan.FromSeconds(10));
        lock (output)
        {
            return new CliResult(process.ExitCode, output.ToString(), process.StandardError.ReadToEnd());
        }
    }

    private static bool Seen(StringBuilder output, string text)
    {
        lock (output)
        {
            return output.ToString().Contains(text, StringComparison.Ordinal);
        }
    }

    private static string Quote(string argument) => "'" + argument.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
