using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using PlcFleet.Formats.Workspaces;

namespace PlcFleet.Formats.Tests.Workspaces;

/// <summary>What a path is, asked without following links and without opening it (a FIFO would block the open).</summary>
public sealed class FileKindsTests
{
    [Fact]
    public void A_real_fifo_is_special_and_asking_does_not_block()
    {
        using var site = new SiteFolder().With("src/FB_Conveyor.st", "FUNCTION_BLOCK FB_Conveyor\nEND_FUNCTION_BLOCK\n");
        var fifo = Path.Combine(site.Root, "src", "Pipe.st");
        using (var mkfifo = Process.Start("mkfifo", [fifo]))
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        Assert.Equal(FileKind.Special, FileKinds.Of(fifo));
        Assert.Equal(FileKind.Regular, FileKinds.Of(Path.Combine(site.Root, "src", "FB_Conveyor.st")));
        Assert.Equal(FileKind.Directory, FileKinds.Of(Path.Combine(site.Root, "src")));
    }

    [Theory]
    [InlineData("/dev/null")]
    [InlineData("/dev/zero")]
    public void Character_devices_are_special(string device) => Assert.Equal(FileKind.Special, FileKinds.Of(device));

    [Fact]
    public void Links_are_links_dangling_or_not_and_a_missing_path_is_missing()
    {
        using var site = new SiteFolder().With("src/FB_Conveyor.st", "FUNCTION_BLOCK FB_Conveyor\nEND_FUNCTION_BLOCK\n");
        var toDevice = Path.Combine(site.Root, "null.st");
        var dangling = Path.Combine(site.Root, "gone.st");
        File.CreateSymbolicLink(toDevice, "/dev/null");
        File.CreateSymbolicLink(dangling, Path.Combine(site.Root, "nowhere.st"));

        Assert.Equal(FileKind.SymbolicLink, FileKinds.Of(toDevice));
        Assert.Equal(FileKind.SymbolicLink, FileKinds.Of(dangling));
        Assert.Equal(FileKind.Missing, FileKinds.Of(Path.Combine(site.Root, "nowhere.st")));
    }

    [Fact]
    public void No_private_runtime_entry_point_is_called()
    {
        // libSystem.Native is the runtime's internal shim: its records change between .NET versions without notice.
        var imports = typeof(FileKinds).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public | BindingFlags.DeclaredOnly))
            .Select(m => m.GetCustomAttribute<DllImportAttribute>())
            .OfType<DllImportAttribute>()
            .Select(a => a.Value)
            .ToList();

        Assert.DoesNotContain(imports, library => library.Contains("System.Native", StringComparison.OrdinalIgnoreCase));
    }
}
