namespace PlcFleet.Mcp.Tools;

/// <summary>The "after" folder and optional "before" folder every comparing tool takes, both confined to the server's root.</summary>
internal static class McpPaths
{
    public static string? Refusal(McpRoot root, ref string after, ref string? before)
    {
        if (root.Resolve(after, out var refusal) is not { } afterFull)
        {
            return refusal;
        }

        after = afterFull;
        if (string.IsNullOrWhiteSpace(before))
        {
            return null;
        }

        if (root.Resolve(before, out refusal) is not { } beforeFull)
        {
            return refusal;
        }

        before = beforeFull;
        return null;
    }
}
