namespace PlcFleet.Agents.Sessions;

/// <summary>The structured answer the LLM judge must give (JSON schema output).</summary>
public sealed class JudgeAnswer
{
    /// <summary>"approve" or "reject".</summary>
    public string Decision { get; set; } = "";

    public List<string> Reasons { get; set; } = [];

    /// <summary>Diff hunks (file and a short quote) that the migration did not ask for.</summary>
    public List<string> OutOfScopeHunks { get; set; } = [];

    public bool SafetyElementsChangedUnasked { get; set; }

    public bool CertifiedModulesTouched { get; set; }

    public bool TimingsChanged { get; set; }

    public bool ForcingOrBypassAdded { get; set; }
}
