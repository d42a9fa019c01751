namespace PlcFleet.Verification.Scope;

public enum FileChangeKind
{
    Added,
    Modified,
    Deleted,
}
