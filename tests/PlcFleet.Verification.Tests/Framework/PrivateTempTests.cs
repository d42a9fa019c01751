using System.Diagnostics;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Verification.Tests.Framework;

/// <summary>Temporary copies of site code live in an owner-only folder per process; a dead process's folder is swept.</summary>
public sealed class PrivateTempTests
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    [Fact]
    public void The_folder_is_owner_only_and_named_for_this_process()
    {
        var root = PrivateTemp.Root;

        Assert.StartsWith(Path.Combine(Path.GetTempPath(), $"{PrivateTemp.Prefix}{Environment.ProcessId}-"), root, StringComparison.Ordinal);
        Assert.True(Directory.Exists(root));
        Assert.Equal(root, Path.GetDirectoryName(PrivateTemp.NewPath("baseline")));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(OwnerOnly, File.GetUnixFileMode(root));
        }
    }

    [Fact]
    public void A_killed_processs_copies_are_removed_and_a_running_processs_are_kept()
    {
        using var finished = Process.Start(new ProcessStartInfo("sh", "-c true") { UseShellExecute = false })!;
        finished.WaitForExit();
        var dead = Path.Combine(Path.GetTempPath(), $"{PrivateTemp.Prefix}{finished.Id}-test{Guid.NewGuid():N}");
        var copy = Path.Combine(dead, "baseline-1", "src", "PRG_EStop.st");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.WriteAllText(copy, "PROGRAM PRG_EStop\nVAR EStop_OK : BOOL; END_VAR\nEND_PROGRAM\n");
        File.SetAttributes(copy, FileAttributes.ReadOnly);
        var mine = PrivateTemp.NewPath("baseline");
        Directory.CreateDirectory(mine);

        var removed = PrivateTemp.RemoveLeftovers();

        Assert.Contains(dead, removed);
        Assert.False(Directory.Exists(dead));
        Assert.True(Directory.Exists(mine));
        Directory.Delete(mine);
    }
}
