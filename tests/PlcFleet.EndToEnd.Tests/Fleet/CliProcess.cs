using System.Diagnostics;
using PlcFleet.TestSupport.Cli;

namespace PlcFleet.EndToEnd.Tests.Fleet;

/// <summary>The real CLI started in a child process and left running, so a test can kill it mid-run like an operator's kill -9.</summary>
internal static class CliProcess
{
    public static Process Start(string workingDirectory, params string[] args)
    {
        var start = PlcFleetCli.StartInfo(workingDirectory, args);
        start.RedirectStandardInput = false;
        var process = Process.Start(start)!;

        // Drain both pipes so a chatty child never blocks on a full pipe.
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
