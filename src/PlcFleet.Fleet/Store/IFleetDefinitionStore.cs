using PlcFleet.Fleet.Audit;
using PlcFleet.Fleet.Store.Records;

namespace PlcFleet.Fleet.Store;

/// <summary>The fleet definitions the store recorded; every proposal and approval is written with its audit record.</summary>
public interface IFleetDefinitionStore
{
    /// <summary>
    /// Records a proposed definition and its audit record (built from the stored row) in one transaction. The same
    /// text from the same file is recorded once: the second call returns the existing row with Created = false.
    /// </summary>
    Task<(FleetDefinitionRecord Definition, bool Created)> ProposeAsync(NewFleetDefinition definition, Func<FleetDefinitionRecord, AuditEntry> audit, CancellationToken cancellationToken = default);

    /// <summary>Marks a proposed definition approved, with its audit record; null when there is none or it was approved already.</summary>
    Task<FleetDefinitionRecord?> ApproveAsync(long id, string approver, Func<FleetDefinitionRecord, AuditEntry> audit, CancellationToken cancellationToken = default);

    Task<FleetDefinitionRecord?> GetAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Every definition, oldest first.</summary>
    Task<IReadOnlyList<FleetDefinitionRecord>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The definition rollouts use now: the newest approved one, or null before any was approved.</summary>
    Task<FleetDefinitionRecord?> CurrentAsync(CancellationToken cancellationToken = default);
}
