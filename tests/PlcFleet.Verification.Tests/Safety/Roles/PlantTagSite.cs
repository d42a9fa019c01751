namespace PlcFleet.Verification.Tests.Safety.Roles;

/// <summary>
/// A corpus site rewritten with plant-style tags (S1_I e-stop chain, B1_I/B2_I guard door channels, S3_I reset button,
/// K1_Q conveyor contactor, H12_Q reset lamp): names that give the name rules nothing to go on.
/// </summary>
internal sealed class PlantTagSite : IDisposable
{
    private static readonly (string Corpus, string Plant)[] Tags =
    [
        ("Conveyor_Motor_K1", "K1_Q"), ("GuardDoor_Ch1", "B1_I"), ("GuardDoor_Ch2", "B2_I"), ("EStop_Ok", "S1_I"),
        ("Btn_Reset", "S3_I"), ("Btn_Start", "S4_I"), ("Btn_Stop", "S5_I"), ("Lamp_Running", "H11_Q"), ("Lamp_Reset", "H12_Q"),
        ("Safety_Release", "Release_M"),
    ];

    private PlantTagSite(string root) => Root = root;

    public string Root { get; }

    public string Before => Path.Combine(Root, "before");

    public string After => Path.Combine(Root, "after");

    /// <summary>The before/after code of a corpus case, renamed (and edited), with the same plcfleet.yaml on both sides.</summary>
    public static PlantTagSite FromCorpus(string caseName, string yaml, Func<string, string>? editAfter = null, Func<string, string>? editBoth = null)
    {
        var site = new PlantTagSite(Path.Combine(Path.GetTempPath(), "plcfleet-roles-" + Guid.NewGuid().ToString("N")));
        var caseDir = Path.Combine(MutationCorpusTests.CorpusRoot, "guard", caseName);
        foreach (var (side, dir) in new[] { ("before", site.Before), ("after", site.After) })
        {
            Directory.CreateDirectory(dir);
            var code = Rename(File.ReadAllText(Path.Combine(caseDir, side + ".st")));
            code = editBoth is null ? code : editBoth(code);
            File.WriteAllText(Path.Combine(dir, "Main.st"), side == "after" && editAfter is not null ? editAfter(code) : code);
            File.WriteAllText(Path.Combine(dir, "plcfleet.yaml"), yaml);
        }

        return site;
    }

    private static string Rename(string code) =>
        Tags.Aggregate(code, (text, tag) => text.Replace(tag.Corpus, tag.Plant, StringComparison.Ordinal));

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
