namespace PlcFleet.Agents.Tools;

/// <summary>Shared wording for tool answers; every refusal starts with <c>error:</c> so the model and the transcript can tell.</summary>
public static class ToolText
{
    public const string ErrorPrefix = "error: ";

    public static string Error(string message) => ErrorPrefix + message;

    public static bool IsError(string text) => text.StartsWith(ErrorPrefix, StringComparison.Ordinal);

    public static string Clip(string line, int max = 300) => line.Length <= max ? line : line[..max] + " ...";
}
