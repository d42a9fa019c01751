namespace PlcFleet.Fleet.Tests.TestData;

/// <summary>Migration prompts in the shape the project uses, plus variations that break one rule each.</summary>
public static class Migrations
{
    public const string GuardMonitorFrontMatter = """
        ---
        id: guard-monitor
        title: Replace hand-written guard door logic with SAFETY_GUARD_MONITOR
        version: 2
        safety_related: true
        scope:
          include: ["**/*.st", "**/*.scl"]
          exclude: ["**/Safety/Certified/**"]
        ceiling: { files: 4, lines: 120 }
        preconditions:
          - dialect: [codesys, iec]
          - firmware: ">= 3.5"
          - code_contains: "(?i)guard\\w*(closed|ok)"
          - code_not_contains: "SAFETY_GUARD_MONITOR"
          - not_certified: true
          - line_status: [maintenance, stopped, running]
          - tags_any: [packaging]
        success_criteria:
          - compile
          - safety
          - equivalence
          - code_contains: SAFETY_GUARD_MONITOR
        allowed_output_changes: []
        agent:
          kind: rewrite
          max_turns: 10
          max_attempts: 3
          max_tokens: 200000
          max_cost_usd: 2.0
          max_minutes: 15
        rewrite:
          - name: guard-if-to-monitor
            match: |
              IF :[ch1] AND :[ch2] THEN
                  :[ok] := TRUE;
              ELSE
                  :[ok] := FALSE;
              END_IF;
            replace: |
              :[ok] := SAFETY_GUARD_MONITOR(Channel1 := :[ch1], Channel2 := :[ch2]);
        ---
        """;

    public const string Context = """

        # Guard monitor

        ## Context

        Guard doors on our packaging lines are monitored by two channels. Each site wrote its own IF statement;
        the certified library function SAFETY_GUARD_MONITOR does the same with discrepancy checking.

        ## Safety requirements

        - The guard OK signal must stay FALSE whenever either channel reports open.
        - Do not change e-stop logic, certified files or timer presets.

        """;

    public static string Example(string title, string before, string after) => $"""
        ### {title}

        Before:

        ```st
        {before}
        ```

        After:

        ```st
        {after}
        ```

        """;

    public static readonly string ThreeExamples =
        "## Examples\n\n" +
        Example("Infeed guard", "IF GuardDoor_Ch1 AND GuardDoor_Ch2 THEN\n    Guard_OK := TRUE;\nELSE\n    Guard_OK := FALSE;\nEND_IF;", "Guard_OK := SAFETY_GUARD_MONITOR(Channel1 := GuardDoor_Ch1, Channel2 := GuardDoor_Ch2);") +
        Example("Palletiser fence", "IF Fence_A AND Fence_B THEN\n    FenceClosed := TRUE;\nELSE\n    FenceClosed := FALSE;\nEND_IF;", "FenceClosed := SAFETY_GUARD_MONITOR(Channel1 := Fence_A, Channel2 := Fence_B);") +
        Example("Wrapper hood", "IF Hood_Left AND Hood_Right THEN\n    Hood_OK := TRUE;\nELSE\n    Hood_OK := FALSE;\nEND_IF;", "Hood_OK := SAFETY_GUARD_MONITOR(Channel1 := Hood_Left, Channel2 := Hood_Right);");

    public const string Task = """
        ## Task

        Every two-channel guard door IF statement computes its OK signal with SAFETY_GUARD_MONITOR, with the
        same channel inputs and the same output variable. Leave code without such an IF unchanged.

        ## Success criteria

        The project compiles, the safety check passes, behaviour is equivalent in simulation, and the code calls
        SAFETY_GUARD_MONITOR.
        """;

    public static string GuardMonitor => GuardMonitorFrontMatter + Context + ThreeExamples + Task;

    /// <summary>The guard-monitor prompt with one front matter line replaced.</summary>
    public static string WithFrontMatterLine(string oldLine, string newLine)
    {
        var text = GuardMonitor;
        Assert.Contains(oldLine, text);
        return text.Replace(oldLine, newLine, StringComparison.Ordinal);
    }

    /// <summary>The 1-based file line holding <paramref name="fragment"/> in <paramref name="text"/>.</summary>
    public static int LineOf(string text, string fragment)
    {
        var index = text.IndexOf(fragment, StringComparison.Ordinal);
        Assert.True(index >= 0, $"'{fragment}' not in text");
        return text[..index].Count(c => c == '\n') + 1;
    }
}
