using System.Runtime.Versioning;

namespace PlcFleet.EndToEnd.Tests.Review;

/// <summary>
/// A git hook in a site repository that kills the plcfleet process running git with <c>kill -9</c>, as a power cut or
/// an OOM kill would: no finally blocks, no disposal, only what the OS does for a dead process. The hook walks up its
/// parent chain (hook, git, plcfleet) to the nearest process started from plcfleet.dll and writes its pid to a marker
/// file, so a test can tell the kill happened rather than guess from an exit code.
/// </summary>
/// <remarks>Linux only: the hook finds its ancestors through /proc.</remarks>
[SupportedOSPlatform("linux")]
public sealed class KillHook
{
    private readonly string _path;

    private KillHook(string path, string marker)
    {
        _path = path;
        Marker = marker;
    }

    /// <summary>The file the hook writes "killed PID" to once it has sent the signal.</summary>
    public string Marker { get; }

    public bool Fired => File.Exists(Marker);

    /// <summary>
    /// Installs <paramref name="hook"/> (e.g. post-merge) in the site repository at <paramref name="repository"/>; hooks
    /// live in the common git folder, so they also run in the short-lived worktrees plcfleet merges in.
    /// <paramref name="exitCode"/> is what the hook returns after the kill: non-zero stops git where a pre- hook may stop it.
    /// </summary>
    public static KillHook Install(string repository, string hook, int exitCode = 0)
    {
        var path = Path.Combine(repository, ".git", "hooks", hook);
        var marker = Path.Combine(repository, ".git", hook + ".killed");
        File.Delete(marker);
        File.WriteAllText(path, $$"""
            #!/bin/sh
            pid=$PPID
            while [ "$pid" -gt 1 ]; do
              if tr '\0' ' ' < /proc/$pid/cmdline | grep -q 'plcfleet\.dll'; then
                kill -9 "$pid"
                echo "killed $pid" > '{{marker}}'
                break
              fi
              pid=$(awk '/^PPid:/ { print $2 }' /proc/$pid/status)
            done
            exit {{exitCode}}

            """);
        File.SetUnixFileMode(path, File.GetUnixFileMode(path) | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        return new KillHook(path, marker);
    }

    /// <summary>Takes the hook out again, as an engineer would after the outage, so the next plcfleet runs undisturbed.</summary>
    public void Remove() => File.Delete(_path);
}
