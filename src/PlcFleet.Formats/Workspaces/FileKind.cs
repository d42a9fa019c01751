namespace PlcFleet.Formats.Workspaces;

/// <summary>What a path is on disk, without following a final symbolic link.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    SymbolicLink,
    /// <summary>A FIFO, socket, character or block device: reading one can block forever or never end (/dev/zero).</summary>
    Special,
}
