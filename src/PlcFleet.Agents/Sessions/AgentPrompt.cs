namespace PlcFleet.Agents.Sessions;

/// <summary>The migration text (shared by every site, also what the judge sees) and this site's facts (vendor, firmware, folders).</summary>
public sealed record AgentPrompt(string Migration, string SiteFacts = "")
{
    public string ToUserMessage() => string.IsNullOrWhiteSpace(SiteFacts)
        ? Migration
        : $"{Migration}\n\n## Site\n{SiteFacts}";
}
