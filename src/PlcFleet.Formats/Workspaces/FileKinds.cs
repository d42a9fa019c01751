using System.Runtime.InteropServices;

namespace PlcFleet.Formats.Workspaces;

/// <summary>
/// Tells regular files from FIFOs and devices, which .NET's FileInfo does not: both report a length of 0 and "Normal".
/// Asks the runtime's own native shim (lstat), whose status record starts with two 32-bit fields: flags, then mode.
/// </summary>
public static class FileKinds
{
    private const int TypeMask = 0xF000;
    private const int Fifo = 0x1000;
    private const int CharacterDevice = 0x2000;
    private const int DirectoryType = 0x4000;
    private const int BlockDevice = 0x6000;
    private const int RegularType = 0x8000;
    private const int LinkType = 0xA000;

    public static FileKind Of(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return FromInfo(path);
        }

        // Larger than the runtime's FileStatus record in every version; only the first 8 bytes are read.
        var status = new byte[256];
        if (LStat(path, status) != 0)
        {
            return FileKind.Missing;
        }

        return (BitConverter.ToInt32(status, 4) & TypeMask) switch
        {
            RegularType => FileKind.Regular,
            DirectoryType => FileKind.Directory,
            LinkType => FileKind.SymbolicLink,
            Fifo or CharacterDevice or BlockDevice => FileKind.Special,
            _ => FileKind.Special,
        };
    }

    private static FileKind FromInfo(string path)
    {
        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            return FileKind.SymbolicLink;
        }

        return info.Exists ? FileKind.Regular : Directory.Exists(path) ? FileKind.Directory : FileKind.Missing;
    }

    [DllImport("libSystem.Native", EntryPoint = "SystemNative_LStat", SetLastError = true)]
    private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
}
