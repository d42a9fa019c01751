namespace PlcFleet.Fleet.Migrations.Preconditions;

public enum VersionComparison
{
    Equal,
    NotEqual,
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
}
