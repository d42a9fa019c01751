namespace PlcFleet.Fleet.Audit;

public enum AuditProblemKind
{
    /// <summary>The record's content no longer matches its hash (edited, or moved to another sequence number).</summary>
    Edited,

    /// <summary>Sequence numbers jump: records were removed.</summary>
    Missing,

    /// <summary>The record does not chain to its predecessor: a record was inserted or the order changed.</summary>
    ChainBroken,

    /// <summary>A record without a valid seal, or a checkpoint without a valid signature: written by someone without the audit key.</summary>
    Forged,

    /// <summary>Records that a signed checkpoint vouches for are gone or different: the tail was cut, or an older or other copy of the database restored.</summary>
    Truncated,

    /// <summary>What is needed to check the trail (the audit key, the checkpoint file, the trail itself) is missing although the store shows it existed.</summary>
    Unverifiable,
}
