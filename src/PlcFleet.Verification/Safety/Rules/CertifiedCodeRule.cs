using System.Security.Cryptography;
using PlcFleet.Formats.Workspaces;
using PlcFleet.Verification.Framework;
using PlcFleet.Verification.Safety.Analysis;

namespace PlcFleet.Verification.Safety.Rules;

/// <summary>SAF001: a certified file (SHA-256 from fleet.yaml or plcfleet.yaml) or certified POU changed at all.</summary>
public sealed class CertifiedCodeRule : ISafetyRule
{
    public string Id => "SAF001";

    public string Title => "certified file or POU changed";

    public IEnumerable<SafetyFinding> Check(SafetyComparison comparison)
    {
        var files = comparison.Options.CertifiedFiles.Select(c => (c.Path, (string?)c.Sha256, "fleet.yaml certified_files"))
            .Concat(comparison.Before.Config.Certified.Where(c => c.Path is not null).Select(c => (c.Path!, c.Sha256, c.Origin)));
        foreach (var (path, sha, origin) in files)
        {
            var expected = sha ?? Hash(comparison.Before.Root, path);
            var actual = Hash(comparison.After.Root, path);
            if (actual is null || !string.Equals(actual, expected, StringComparison.OrdinalIgnoreCase))
            {
                yield return new SafetyFinding(Id, FindingSeverity.Error, new SourceRef(path, 0, 0),
                    actual is null ? $"certified file {path} was deleted" : $"certified file {path} changed (SHA-256 {Short(actual)} ≠ certified {Short(expected)})",
                    $"{path} is safety-certified ({origin}). Any change, even a comment or whitespace, voids the certificate: the file must be "
                    + "re-validated and re-certified by the safety engineer before it can run on the line. Revert the file, or raise a "
                    + "management-of-change request for the certified code.");
            }
        }

        foreach (var unit in comparison.Before.Config.Certified.Where(c => c.Pou is not null))
        {
            var old = comparison.Before.Model.FindPou(unit.Pou!);
            var now = comparison.After.Model.FindPou(unit.Pou!);
            if (old is null)
            {
                continue;
            }

            if (now is null || Normalise(now.Text) != Normalise(old.Text))
            {
                yield return new SafetyFinding(Id, FindingSeverity.Error, now?.Location ?? old.Location,
                    now is null ? $"certified POU {unit.Pou} was deleted" : $"certified POU {unit.Pou} changed",
                    $"{unit.Pou} is listed as certified in {unit.Origin}. Its code must stay exactly as certified; a change needs re-validation "
                    + "and a new certificate, which no automated migration can provide.");
            }
        }
    }

    /// <summary>Null when the file is missing or cannot be read inside its site (e.g. now a link out of the workspace).</summary>
    private static string? Hash(string root, string path) =>
        new WorkspaceRoot(root).ReadBytes(path) is { IsRead: true, Bytes: { } bytes } ? Convert.ToHexStringLower(SHA256.HashData(bytes)) : null;

    private static string Short(string? hash) => hash is null ? "(none)" : hash[..Math.Min(12, hash.Length)];

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).Trim();
}
