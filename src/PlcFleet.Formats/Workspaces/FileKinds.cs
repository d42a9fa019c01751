using Mono.Unix.Native;

namespace PlcFleet.Formats.Workspaces;

/// <summary>
/// Tells regular files from FIFOs and devices, which .NET's FileInfo does not: both report a length of 0 and
/// "Normal", and opening a FIFO to find out would block. On Unix it asks lstat through Mono.Unix, whose native
/// helper fills the status record for the platform's own layout (no guessing at struct offsets, no private runtime
/// entry points); elsewhere FileInfo's view is the best there is.
/// </summary>
public static class FileKinds
{
    public static FileKind Of(string path)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS())
        {
            return FromInfo(path);
        }

        if (Syscall.lstat(path, out var status) != 0)
        {
            return FileKind.Missing;
        }

        return (status.st_mode & FilePermissions.S_IFMT) switch
        {
            FilePermissions.S_IFREG => FileKind.Regular,
            FilePermissions.S_IFDIR => FileKind.Directory,
            FilePermissions.S_IFLNK => FileKind.SymbolicLink,
            _ => FileKind.Special, // FIFO, character or block device, socket
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
}
