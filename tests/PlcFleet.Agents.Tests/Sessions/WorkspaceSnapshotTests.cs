using PlcFleet.Agents.Sessions;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Agents.Tests.Sessions;

public sealed class WorkspaceSnapshotTests
{
    [Fact]
    public void The_baseline_copy_lives_in_the_private_temp_folder_and_goes_on_dispose()
    {
        var workspace = Directory.CreateTempSubdirectory("plcfleet-snapshot-test-").FullName;
        File.WriteAllText(Path.Combine(workspace, "PRG_Conveyor.st"), "PROGRAM PRG_Conveyor\nVAR Run : BOOL; END_VAR\nEND_PROGRAM\n");
        try
        {
            string root;
            using (var snapshot = WorkspaceSnapshot.Take(workspace))
            {
                root = snapshot.Root;
                Assert.Equal(PrivateTemp.Root, Path.GetDirectoryName(root));
                Assert.True(File.Exists(Path.Combine(root, "PRG_Conveyor.st")));
                if (!OperatingSystem.IsWindows())
                {
                    Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(PrivateTemp.Root));
                }
            }

            Assert.False(Directory.Exists(root));
        }
        finally
        {
            Directory.Delete(workspace, recursive: true);
        }
    }
}
