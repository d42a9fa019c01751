namespace PlcFleet.Web.Tests.Support;

/// <summary>Evidence JSON as the run orchestrator writes it (snake_case), with and without an equivalence trace.</summary>
public static class EvidenceSamples
{
    public const string SafetyChange = """
        {
          "migration_version": 2,
          "content_hash": "aaaa",
          "migration_title": "Replace hand-written guard door logic with SAFETY_GUARD_MONITOR",
          "safety_related": true,
          "base_commit": "240e6923c5aa",
          "agent": "rewrite",
          "verification": {
            "outcome": "passed",
            "durationMs": 41.5,
            "verifiers": [
              { "name": "compile", "outcome": "passed", "durationMs": 12.0, "findings": [] },
              { "name": "safety", "outcome": "passed", "durationMs": 20.1, "findings": [
                { "ruleId": "SAF004", "severity": "warning", "file": "src/PRG_Guard.st", "line": 9, "column": 1, "message": "guard input read through a monitor block" } ] }
            ]
          },
          "verification_outcome": "Passed",
          "safety_findings": [ "warning SAF004 src/PRG_Guard.st:9: guard input read through a monitor block" ],
          "judge_decision": "approve",
          "judge_reasons": [ "the change only routes the guard through the monitor" ],
          "attempts": 1
        }
        """;

    public const string PlainChange = """{"safety_related": false, "migration_version": 2, "content_hash": "aaaa", "migration_title": "HMI speed clamp", "base_commit": "240e6923c5aa", "agent": "rewrite"}""";

    public const string WithTrace = """
        {
          "safety_related": true,
          "equivalence": {
            "summary": "Conveyor_Run differs at cycle 3 (30ms): before TRUE, after FALSE",
            "divergence_cycle": 3,
            "trace": {
              "signals": [ "Guard_Closed", "EStop_OK", "Conveyor_Run (before)", "Conveyor_Run (after)", "Speed_Setpoint" ],
              "rows": [
                { "cycle": 0, "time_ms": 0,  "values": [ "FALSE", "TRUE", "FALSE", "FALSE", 0 ] },
                { "cycle": 1, "time_ms": 10, "values": [ "TRUE",  "TRUE", "TRUE",  "FALSE", 120 ] },
                { "cycle": 2, "time_ms": 20, "values": [ "TRUE",  "TRUE", "TRUE",  "TRUE",  240 ] },
                { "cycle": 3, "time_ms": 30, "values": [ "TRUE",  "FALSE", "TRUE", "FALSE", 240 ] }
              ]
            }
          }
        }
        """;
}
