namespace PlcFleet.Agents.Rewrite;

/// <summary>The tokens a hole bound, as inclusive token indexes; an empty statement run has <c>Last == First - 1</c>.</summary>
public readonly record struct HoleBinding(int First, int Last)
{
    public bool IsEmpty => Last < First;

    public int Length => Last - First + 1;
}
