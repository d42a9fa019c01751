using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Inventory;
using PlcFleet.Fleet.Review;
using PlcFleet.Fleet.Store;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.FleetDefinitions;

/// <summary>
/// Management of change for the fleet definition. fleet.yaml holds the plant facts a rollout relies on (which line
/// runs, its maintenance windows, waves and gates); a rollout takes them from the definition recorded in the store,
/// never from the file a deployer passes. A new or changed fleet.yaml is recorded as proposed (by hand, or when a
/// migration run starts) and counts only once a safety engineer or admin other than its proposer approved it, so
/// nobody can change the plant's facts and deploy on them in one unreviewed act.
/// </summary>
public sealed class FleetDefinitionService(IFleetStore store)
{
    public const string Subject = "fleet";

    /// <summary>Records <paramref name="file"/> as proposed unless the store has it already; the audit record lists what changed.</summary>
    public async Task<(FleetDefinitionRecord? Definition, bool Created, string? Problem)> ProposeAsync(FleetDefinitionFile file, string proposer, CancellationToken cancellationToken = default)
    {
        var parsed = FleetLoader.Parse(file.Content, file.Path);
        if (!parsed.Succeeded)
        {
            return (null, false, $"{file.Path} is not a valid fleet definition: {string.Join("; ", parsed.Problems)}");
        }

        var current = await store.FleetDefinitions.CurrentAsync(cancellationToken).ConfigureAwait(false);
        var changes = FleetDefinitionChanges.Between(Parse(current), parsed.Fleet!);
        var (definition, created) = await store.FleetDefinitions.ProposeAsync(
            new NewFleetDefinition(file.ContentHash, file.GitCommit, file.Path, file.Content, proposer),
            row => new AuditEntry(proposer, AuditActions.FleetDefinitionProposed, Subject, new
            {
                definition = row.AuditReference,
                file = row.FilePath,
                basedOn = current?.AuditReference,
                uncommitted = file.Uncommitted,
                changes,
            }),
            cancellationToken).ConfigureAwait(false);
        return (definition, created, null);
    }

    /// <summary>Approves a proposed definition: a safety engineer or admin, not its proposer, and never one older than the current.</summary>
    public async Task<(FleetDefinitionRecord? Definition, string? Refusal)> ApproveAsync(long id, UserRecord approver, CancellationToken cancellationToken = default)
    {
        var definition = await store.FleetDefinitions.GetAsync(id, cancellationToken).ConfigureAwait(false);
        if (definition is null)
        {
            return (null, $"there is no fleet definition DEF-{id}");
        }

        if (definition.IsApproved)
        {
            return (null, $"{definition.Label} was approved by {definition.ApprovedBy} already");
        }

        if (approver.Role is not (UserRole.SafetyEngineer or UserRole.Admin))
        {
            return (null, $"{approver.Name} is {ApprovalRules.Describe(approver.Role)}; a safety engineer or admin approves fleet definitions");
        }

        if (string.Equals(approver.Name, definition.ProposedBy, StringComparison.OrdinalIgnoreCase))
        {
            return (null, $"{approver.Name} proposed {definition.Label}; someone else must approve it (no one approves their own change to the plant's facts)");
        }

        var current = await store.FleetDefinitions.CurrentAsync(cancellationToken).ConfigureAwait(false);
        if (current is not null && current.Id > definition.Id)
        {
            return (null, $"{definition.Label} is older than the current definition {current.Label}; propose the fleet file again if it is still wanted");
        }

        var changes = FleetDefinitionChanges.Between(Parse(current), Parse(definition)!);
        var approved = await store.FleetDefinitions.ApproveAsync(
            id,
            approver.Name,
            row => new AuditEntry(approver.Name, AuditActions.FleetDefinitionApproved, Subject, new
            {
                definition = row.AuditReference,
                proposedBy = row.ProposedBy,
                replaces = current?.AuditReference,
                changes,
            }),
            cancellationToken).ConfigureAwait(false);
        return approved is null ? (null, $"{definition.Label} was approved by someone else a moment ago") : (approved, null);
    }

    /// <summary>
    /// The fleet a rollout command acts on. The file the user passed must be the current approved definition, byte for
    /// byte (line ends aside); anything else is refused and the refusal audited with what differs. The fleet itself
    /// is parsed from the store's copy, at the path it was recorded from.
    /// </summary>
    public async Task<FleetDefinitionCheck> CheckForRolloutAsync(FleetDefinitionFile file, string actor, string purpose, CancellationToken cancellationToken = default)
    {
        var current = await store.FleetDefinitions.CurrentAsync(cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            var pending = await store.FleetDefinitions.ListAsync(cancellationToken).ConfigureAwait(false) is [.., var last] ? last : null;
            var how = pending is null
                ? "record it with 'plcfleet fleet propose --as USER'"
                : $"{pending.Label} (proposed by {pending.ProposedBy}) awaits approval: 'plcfleet fleet approve {pending.Label} --as USER' by a safety engineer or admin other than the proposer";
            return await RefuseAsync(file, actor, purpose, null, $"no approved fleet definition is recorded in the store; {how}", [], cancellationToken).ConfigureAwait(false);
        }

        var fleet = Parse(current)!;
        if (file.ContentHash == current.ContentHash)
        {
            return new FleetDefinitionCheck(fleet, current, null);
        }

        var given = FleetLoader.Parse(file.Content, file.Path);
        var changes = given.Succeeded ? FleetDefinitionChanges.Between(fleet, given.Fleet!) : ["the file is not a valid fleet definition"];
        var known = (await store.FleetDefinitions.ListAsync(cancellationToken).ConfigureAwait(false)).LastOrDefault(d => d.ContentHash == file.ContentHash);
        var status = known is null
            ? "it was never recorded; propose it with 'plcfleet fleet propose' and have a safety engineer or admin approve it"
            : known.IsApproved
                ? $"it is the older {known.Label}"
                : $"it is {known.Label}, proposed by {known.ProposedBy} and not approved yet";
        var refusal = $"{file.Path} (sha256 {file.ContentHash[..12]}) is not the approved fleet definition {current.Describe()}: {status}. "
            + $"Differences: {(changes.Count == 0 ? "formatting only" : string.Join("; ", changes))}";
        return await RefuseAsync(file, actor, purpose, current, refusal, changes, cancellationToken).ConfigureAwait(false);
    }

    private async Task<FleetDefinitionCheck> RefuseAsync(
        FleetDefinitionFile file, string actor, string purpose, FleetDefinitionRecord? current, string refusal, IReadOnlyList<string> changes, CancellationToken cancellationToken)
    {
        await store.Audit.AppendAsync(actor, AuditActions.FleetDefinitionRefused, Subject, new
        {
            purpose,
            file = file.Path,
            sha256 = file.ContentHash,
            approved = current?.AuditReference,
            changes,
        }, cancellationToken).ConfigureAwait(false);
        return new FleetDefinitionCheck(null, current, refusal);
    }

    /// <summary>The fleet a stored definition describes, resolved against the folder it was recorded from.</summary>
    public static Inventory.Fleet? Parse(FleetDefinitionRecord? definition) =>
        definition is null ? null : FleetLoader.Parse(definition.Content, definition.FilePath).Fleet;
}
