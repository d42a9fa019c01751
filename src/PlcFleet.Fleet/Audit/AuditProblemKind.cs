namespace PlcFleet.Fleet.Audit;

public enum AuditProblemKind
{
    /// <summary>The record's content no longer matches its hash (edited, or moved to another sequence number).</summary>
    Edited,

    /// <summary>Sequence numbers jump: records were removed.</summary>
    Missing,

    /// <summary>The record does not chain to its predecessor: a record was inserted or the order changed.</summary>
    ChainBroken,
}
