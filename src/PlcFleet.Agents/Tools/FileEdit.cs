namespace PlcFleet.Agents.Tools;

/// <summary>One applied <c>edit_file</c> call, enough to re-apply it without an LLM.</summary>
public sealed record FileEdit(string Path, string Search, string Replace);
