namespace PlcFleet.Verification.Safety.Corpus;

/// <summary>
/// One case of the mutation corpus: a folder with the old and new code (<c>before/</c> and <c>after/</c> folders, or
/// <c>before.st</c> and <c>after.st</c>) and an <c>expect.yaml</c> saying whether the change is unsafe and which rule
/// must catch it. <see cref="Class"/> groups cases by the kind of weakness they probe (<c>class:</c> in expect.yaml,
/// otherwise the case's first folder), so <c>plcfleet bench safety</c> can report each class on its own.
/// </summary>
public sealed record CorpusCase(string Name, string Folder, string Before, string After, bool Unsafe, IReadOnlyList<string> Rules, string Description, bool Disguised)
{
    public string Class { get; init; } = Name.Split('/')[0];
}
