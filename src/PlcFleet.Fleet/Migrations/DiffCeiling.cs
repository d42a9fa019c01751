namespace PlcFleet.Fleet.Migrations;

/// <summary>The largest diff the scope verifier accepts: changed files and changed lines.</summary>
public sealed record DiffCeiling(int Files, int Lines);
