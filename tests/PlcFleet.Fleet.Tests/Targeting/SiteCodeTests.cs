using System.Text.RegularExpressions;
using PlcFleet.Fleet.Targeting;
using PlcFleet.Fleet.Tests.TestData;

namespace PlcFleet.Fleet.Tests.Targeting;

public sealed class SiteCodeTests
{
    [Fact]
    public void Reads_st_and_scl_files_only_and_skips_git_folder()
    {
        using var folder = new TempFolder();
        folder.Write("src/PRG_Conveyor.st", PlcCode.Conveyor);
        folder.Write("src/FB_Guard.SCL", PlcCode.SclGuard);
        folder.Write("src/notes.txt", "Guard_OK is documented here");
        folder.Write(".git/PRG_Old.st", PlcCode.GuardHandWritten);

        var code = SiteCode.Read(folder.Path);

        Assert.Equal(["src/FB_Guard.SCL", "src/PRG_Conveyor.st"], code.Files.Select(f => f.Path));
    }

    [Fact]
    public void First_match_is_in_path_order_with_line_and_column()
    {
        using var folder = new TempFolder();
        folder.Write("src/b/PRG_Guards.st", PlcCode.GuardHandWritten);
        folder.Write("src/a/PRG_Conveyor.st", PlcCode.Conveyor);

        var match = SiteCode.Read(folder.Path).FindFirst(new Regex("Conveyor_Enable|JamTimer"))!;

        Assert.Equal(new CodeMatch("src/a/PRG_Conveyor.st", 3, 5, "JamTimer : TON;"), match);
    }

    [Fact]
    public void Find_all_returns_one_match_per_file()
    {
        using var folder = new TempFolder();
        folder.Write("src/PRG_Guards.st", PlcCode.GuardHandWritten);
        folder.Write("src/PRG_Conveyor.st", PlcCode.Conveyor);
        folder.Write("src/PRG_EStop.st", PlcCode.EStop);

        var matches = SiteCode.Read(folder.Path).FindAll(new Regex("Conveyor_Enable")).ToList();

        Assert.Equal(["src/PRG_Conveyor.st", "src/PRG_Guards.st"], matches.Select(m => m.File));
    }
}
