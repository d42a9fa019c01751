using System.Text;
using PlcFleet.Fleet.Git;
using PlcFleet.Formats.Vendor;
using PlcFleet.Verification.Scope;

namespace PlcFleet.Fleet.ChangeRequests;

/// <summary>
/// The ST diff stored with a change request beside its git diff: for each vendor file the commit changes, the ST
/// objects it changes, numbered in the vendor file's lines (<see cref="VendorStDiff"/>). Empty for plain .st sites,
/// whose git diff already is the ST.
/// </summary>
public static class VendorStChanges
{
    public static string Between(GitRepository repository, string from, string to, IEnumerable<GitRecordedChange> changes)
    {
        var diff = new StringBuilder();
        foreach (var change in changes.Where(c => !c.IsGitlink && !c.IsSymlink))
        {
            var before = change.Status == 'A' ? null : repository.ReadFile(from, change.Path);
            var after = change.Status == 'D' ? null : repository.ReadFile(to, change.Path);
            if ((after ?? before) is not { } any || VendorFiles.FormatOf(change.Path, any) is not { } format)
            {
                continue;
            }

            diff.Append(VendorStDiff.Between(change.Path,
                before is null ? null : VendorFiles.Read(before, format, change.Path),
                after is null ? null : VendorFiles.Read(after, format, change.Path)));
        }

        return diff.ToString();
    }
}
