using System.Security.Cryptography;
using PlcFleet.Formats.Workspaces;
using PlcFleet.Verification.Framework;

namespace PlcFleet.Verification.Scope;

/// <summary>
/// Keeps a change inside what the migration asked for: no files outside the scope globs, no deletions,
/// no edits to tests or safety configuration (agents like to "fix" checks by weakening them),
/// no touched certified files, and a diff no larger than the ceiling.
/// </summary>
public sealed class ScopeVerifier : IVerifier
{
    public string Name => "scope";

    public int Order => VerifierOrder.Scope;

    public bool IsActive(VerificationContext context) => context.Scope is not null;

    public Task<VerifierResult> RunAsync(VerificationContext context, CancellationToken cancellationToken)
    {
        var scope = context.Scope ?? ChangeScope.Everything;
        var findings = new List<Finding>();
        findings.AddRange(CheckCertifiedFiles(context.WorkspaceRoot, scope));

        if (context.BaselineRoot is null || !Directory.Exists(context.BaselineRoot))
        {
            // Without the code before the change nothing can be said about what changed: escalate, never pass.
            findings.Add(new Finding(ScopeRules.NoBaseline, FindingSeverity.Error, "", 0, 0,
                "no baseline to compare the change with"));
            return Task.FromResult(VerifierResult.Escalate(Name, findings));
        }

        var changes = WorkspaceComparer.Compare(context.BaselineRoot, context.WorkspaceRoot);
        var recorded = GitRecordedChanges.Pending(context.WorkspaceRoot);
        findings.AddRange(CheckRecordedModes(context.WorkspaceRoot, recorded));
        changes = WithPathsOnlyGitSees(changes, recorded);
        findings.AddRange(CheckChanges(context, scope, changes));
        findings.AddRange(CheckCeilings(scope, changes));
        return Task.FromResult(VerifierResult.FromFindings(Name, findings));
    }

    /// <summary>
    /// Nested repositories (a <c>.git</c> anywhere below the root, or a gitlink git would record) and symbolic links
    /// the change adds: neither is PLC code, and both let a commit carry content no verifier or judge has read.
    /// </summary>
    private static IEnumerable<Finding> CheckRecordedModes(string workspaceRoot, IReadOnlyList<GitRecordedChange>? recorded)
    {
        var nested = new WorkspaceRoot(workspaceRoot).NestedVersionControl();
        foreach (var path in nested)
        {
            yield return Error(ScopeRules.NestedRepository, path, $"{path} is a nested git repository or submodule; a migration must not add one");
        }

        foreach (var change in GitRecordedChanges.Forbidden(recorded ?? []))
        {
            yield return change.IsSymlink
                ? Error(ScopeRules.SymbolicLink, change.Path, $"{change.Path} would be committed as a symbolic link (mode 120000); a migration must not add or change links")
                : change.IsGitlink
                    ? Error(ScopeRules.NestedRepository, change.Path, $"{change.Path} would be committed as a gitlink (mode 160000, a nested repository or submodule); a migration must not add one")
                    : Error(ScopeRules.NestedRepository, change.Path, $"{change.Path} is version-control configuration; a migration must not change it");
        }
    }

    /// <summary>Paths git would commit that the folder comparison skips (bin/, obj/, node_modules/, ...): they count as changes too.</summary>
    private static IReadOnlyList<FileChange> WithPathsOnlyGitSees(IReadOnlyList<FileChange> changes, IReadOnlyList<GitRecordedChange>? recorded)
    {
        if (recorded is null)
        {
            return changes;
        }

        var seen = changes.Select(c => c.Path).ToHashSet(StringComparer.Ordinal);
        var extra = recorded
            .Where(r => !seen.Contains(r.Path) && r.Path.Split('/').SkipLast(1).Any(WorkspaceRoot.SkippedFolders.Contains))
            .Select(r => new FileChange(r.Path, r.Status switch { 'A' => FileChangeKind.Added, 'D' => FileChangeKind.Deleted, _ => FileChangeKind.Modified }, 0));
        return [.. changes, .. extra];
    }

    private static IEnumerable<Finding> CheckChanges(VerificationContext context, ChangeScope scope, IReadOnlyList<FileChange> changes)
    {
        var inScope = new GlobSet(scope.Include.Count == 0 ? ["**/*"] : scope.Include, scope.Exclude);
        var readOnly = new GlobSet(scope.ReadOnly);
        var certified = scope.CertifiedFiles.Select(c => c.Path).ToHashSet(StringComparer.OrdinalIgnoreCase);

        foreach (var change in changes)
        {
            if (readOnly.Matches(change.Path))
            {
                yield return Error(ScopeRules.ReadOnlyModified, change.Path,
                    $"{change.Path} is read-only (tests and safety configuration are not part of a migration); it was {Verb(change.Kind)}");
                var weakened = ScenarioWeakening(context, change);
                if (weakened is not null)
                {
                    yield return weakened;
                }

                continue;
            }

            if (certified.Contains(change.Path))
            {
                continue; // reported by the checksum check
            }

            if (change.Kind == FileChangeKind.Deleted)
            {
                yield return Error(ScopeRules.FileDeleted, change.Path, $"{change.Path} was deleted; a migration must not delete files");
            }
            else if (!inScope.Matches(change.Path))
            {
                yield return Error(ScopeRules.OutsideScope, change.Path,
                    $"{change.Path} was {Verb(change.Kind)} but is outside the migration's scope");
            }
        }
    }

    private static Finding? ScenarioWeakening(VerificationContext context, FileChange change)
    {
        if (!change.Path.EndsWith(".scenario.yaml", StringComparison.OrdinalIgnoreCase)
            && !change.Path.EndsWith(".scenario.yml", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (change.Kind == FileChangeKind.Added)
        {
            return null;
        }

        var before = ScenarioObligations.Extract(WorkspaceComparer.Content(new WorkspaceRoot(context.BaselineRoot!), change.Path)) ?? [];
        var after = change.Kind == FileChangeKind.Deleted
            ? []
            : ScenarioObligations.Extract(WorkspaceComparer.Content(new WorkspaceRoot(context.WorkspaceRoot), change.Path));
        if (after is null)
        {
            return Error(ScopeRules.ScenarioWeakened, change.Path, $"scenario {change.Path} is no longer valid YAML");
        }

        var removed = ScenarioObligations.Removed(before, after);
        return removed.Count == 0
            ? null
            : Error(ScopeRules.ScenarioWeakened, change.Path,
                $"scenario {change.Path} was weakened: {removed.Count} step(s)/expectation(s) removed, first: {removed[0]}");
    }

    private static IEnumerable<Finding> CheckCertifiedFiles(string workspaceRoot, ChangeScope scope)
    {
        var workspace = new WorkspaceRoot(workspaceRoot);
        foreach (var certified in scope.CertifiedFiles)
        {
            var read = workspace.ReadBytes(certified.Path);
            if (FileKinds.Of(Path.Combine(workspace.Root, certified.Path)) == FileKind.Missing)
            {
                yield return Error(ScopeRules.CertifiedTouched, certified.Path, $"{certified.Path} is safety-certified and was deleted");
                continue;
            }

            if (!read.IsRead)
            {
                yield return Error(ScopeRules.CertifiedTouched, certified.Path, $"{certified.Path} is safety-certified and cannot be read: {read.Error}");
                continue;
            }

            var actual = Convert.ToHexString(SHA256.HashData(read.Bytes!));
            if (!string.Equals(actual, certified.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                yield return Error(ScopeRules.CertifiedTouched, certified.Path,
                    $"{certified.Path} is safety-certified and was changed (checksum differs); certified code must not be touched");
            }
        }
    }

    private static IEnumerable<Finding> CheckCeilings(ChangeScope scope, IReadOnlyList<FileChange> changes)
    {
        if (scope.MaxChangedFiles is { } maxFiles && changes.Count > maxFiles)
        {
            yield return Error(ScopeRules.TooManyFiles, "", $"{changes.Count} files changed; this migration allows at most {maxFiles}");
        }

        var lines = changes.Sum(c => c.ChangedLines);
        if (scope.MaxChangedLines is { } maxLines && lines > maxLines)
        {
            yield return Error(ScopeRules.TooManyLines, "", $"{lines} lines changed; this migration allows at most {maxLines}");
        }
    }

    private static string Verb(FileChangeKind kind) => kind switch
    {
        FileChangeKind.Added => "added",
        FileChangeKind.Deleted => "deleted",
        _ => "modified",
    };

    private static Finding Error(string rule, string file, string message) =>
        new(rule, FindingSeverity.Error, file, 0, 0, message);
}
