using PlcFleet.Simulation.Equivalence;
using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Values;
using PlcFleet.Verification.Safety.Configuration;

namespace PlcFleet.Verification.Safety.Differential;

/// <summary>
/// The generated input traces of the differential check, in four families taken in turn: inputs changing every few
/// scans (edges, one-scan-earlier latches); inputs held for up to 40 scans; timer steps, where each stretch of the trace
/// moves the clock by one of the <see cref="TimeSteps"/> per scan (just under, at and just over every preset, so a long
/// timer and a short one both get to run out); and warm restarts (RETAIN kept, the rest reset) in the middle of a running
/// machine. Numeric inputs often take the <see cref="ProbeLiterals"/> (the literals the code compares against, type
/// bounds). The held families start from a running machine and get one-scan glitches (a contact bouncing open for a
/// single scan), the case latches must not miss. All from one seed.
/// </summary>
public static partial class TraceFamilies
{
    public static IReadOnlyList<NamedTrace> Build(IReadOnlyList<SignalInfo> inputs, SignalRoles roles, SimulationBudget budget, TimeSteps steps, IReadOnlyList<double> probes)
    {
        RandomTraceGenerator Generator(int min, int max) => new(inputs, min, max) { ProbeValues = probes };
        var families = new (string Name, RandomTraceGenerator Generator, int Cycles, bool Glitches, bool Steps, bool Restart)[]
        {
            ("fast changes", Generator(1, 3), 240, false, false, false),
            ("held inputs with glitches", Generator(1, 40), 400, true, false, false),
            ("timer steps", Generator(1, 4), 160, true, true, false),
            ("warm restarts", Generator(1, 40), 400, true, true, true),
        };
        var switches = inputs.Where(i => i.Type.Kind == PlcValueKind.Bool).Select(i => i.Name).ToList();
        var channels = Channels(switches, roles);
        var traces = new List<NamedTrace>();
        for (var i = 0; i < budget.Traces; i++)
        {
            var (name, generator, cycles, glitches, timed, restart) = families[i % families.Length];
            var seed = RandomTraceGenerator.TraceSeed(budget.Seed, i);
            var random = new Random(seed);
            var trace = generator.Generate(seed, cycles);
            if (glitches && switches.Count > 0)
            {
                trace = WithGlitches(Paired(FromRunningMachine(trace, switches, roles), channels), switches, channels, random);
            }

            if (timed)
            {
                trace = WithSteps(trace, steps, random, restart ? 4 : 1);
            }

            if (restart)
            {
                trace = WithRestarts(trace, random);
            }

            traces.Add(new NamedTrace($"generated trace {i + 1} ({name}, seed {budget.Seed})", trace));
        }

        return traces;
    }

    /// <summary>
    /// Every stretch after the start-up prefix moves the clock by a step of its own: one of the timer steps, or (one time
    /// in <paramref name="cycleOdds"/> + 1) the PLC cycle.
    /// </summary>
    private static InputTrace WithSteps(InputTrace trace, TimeSteps steps, Random random, int cycleOdds) => new(trace.Segments.Select((segment, i) =>
    {
        if (i < StartUpSegments)
        {
            return segment;
        }

        var step = random.Next(cycleOdds + 1) == 0 ? steps.Cycle : steps.Steps[random.Next(steps.Steps.Count)];
        return segment.With(ScanStep.Signal, PlcValue.FromTime(step));
    }).ToList());

    /// <summary>
    /// Warm restarts at about every fourth stretch after start-up: each is a chance to catch the machine released and
    /// see whether it comes back released without a reset (the rest of the stretch holds the inputs as the plant does).
    /// </summary>
    private static InputTrace WithRestarts(InputTrace trace, Random random) =>
        new(trace.Segments.Select((s, i) => i > StartUpSegments && random.Next(4) == 0 ? s with { WarmRestart = true } : s).ToList());

    /// <summary>The segments of the running-machine prefix (healthy contacts, reset pulse, start).</summary>
    private const int StartUpSegments = 4;

    /// <summary>
    /// Random inputs rarely bring a machine into its running state (chain closed, reset given, started), and that is
    /// where a weakened latch shows. The held families therefore start like an operator would: field contacts healthy
    /// (TRUE), buttons and panel requests off, a reset pulse, the start button; the random changes then go on from there.
    /// </summary>
    private static InputTrace FromRunningMachine(InputTrace trace, IReadOnlyList<string> switches, SignalRoles roles)
    {
        static Dictionary<string, PlcValue> Changes(IEnumerable<string> names, bool value) =>
            names.ToDictionary(n => n, _ => PlcValue.FromBool(value), StringComparer.OrdinalIgnoreCase);
        var commands = switches.Where(roles.IsCommand).ToList();
        var resets = commands.Where(roles.IsReset).ToList();
        var starts = commands.Where(s => Rules.RuleKit.NameLike(s, "Start")).ToList();
        var healthy = Changes(switches.Except(commands, StringComparer.OrdinalIgnoreCase), true);
        foreach (var (name, value) in Changes(commands, false))
        {
            healthy[name] = value;
        }

        var prefix = new List<TraceSegment>
        {
            new(2, healthy), new(2, Changes(resets, true)), new(2, Changes(resets, false)), new(1, Changes(starts, true)),
        };
        var rest = trace.Segments.Select((segment, i) => i == 0 ? segment with { Changes = new Dictionary<string, PlcValue>() } : segment);
        return new InputTrace([.. prefix, .. rest]);
    }

    /// <summary>
    /// Two-channel inputs (<c>GuardDoor_Ch1</c>/<c>GuardDoor_Ch2</c>, <c>OSSD1</c>/<c>OSSD2</c>, <c>Sensor_A</c>/<c>Sensor_B</c>):
    /// names equal but for a final number or letter, or declared in <c>safety.channel_pairs</c> (a declared pair wins over
    /// the name guess). Toggled one at a time for long, they trip the discrepancy monitoring and lock the machine out for
    /// the rest of the trace; the held families move them together, as a real door does.
    /// </summary>
    private static Dictionary<string, string[]> Channels(IReadOnlyList<string> switches, SignalRoles roles)
    {
        var declared = switches.Where(s => roles.DeclaredPair(s) is not null)
            .GroupBy(s => roles.DeclaredPair(s)!.ToString(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).ToList();
        var paired = declared.SelectMany(g => g).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var guessed = switches.Where(s => !paired.Contains(s))
            .GroupBy(s => ChannelStem().Match(s) is { Success: true } m ? m.Groups[1].Value : s, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1);
        return declared.Concat(guessed).SelectMany(g => g.Select(name => (name, members: g.ToArray())))
            .ToDictionary(p => p.name, p => p.members, StringComparer.OrdinalIgnoreCase);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(.*?)(\d+|_[A-Za-z])$")]
    private static partial System.Text.RegularExpressions.Regex ChannelStem();

    private static InputTrace Paired(InputTrace trace, Dictionary<string, string[]> channels) => new(trace.Segments.Select(segment =>
    {
        var changes = new Dictionary<string, PlcValue>(segment.Changes, StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in segment.Changes.Where(c => channels.ContainsKey(c.Key)))
        {
            foreach (var partner in channels[name])
            {
                changes[partner] = value;
            }
        }

        return segment with { Changes = changes };
    }).ToList());

    /// <summary>Before about every second held segment, one input (both channels of a pair) flips for a single scan and flips back.</summary>
    private static InputTrace WithGlitches(InputTrace trace, IReadOnlyList<string> switches, Dictionary<string, string[]> channels, Random random)
    {
        var current = new Dictionary<string, PlcValue>(StringComparer.OrdinalIgnoreCase);
        var segments = new List<TraceSegment>();
        foreach (var segment in trace.Segments)
        {
            foreach (var (name, value) in segment.Changes)
            {
                current[name] = value;
            }

            var input = switches[random.Next(switches.Count)];
            if (segment.HoldCycles < 3 || random.Next(2) != 0 || !current.TryGetValue(input, out var held))
            {
                segments.Add(segment);
                continue;
            }

            // The segment as generated for one scan, then the glitch for one scan, then the rest with the input restored.
            var glitched = channels.GetValueOrDefault(input) ?? [input];
            segments.Add(segment.WithHold(1));
            segments.Add(new TraceSegment(1, glitched.ToDictionary(n => n, _ => PlcValue.FromBool(!held.AsBool), StringComparer.OrdinalIgnoreCase)));
            segments.Add(new TraceSegment(segment.HoldCycles - 2, glitched.ToDictionary(n => n, n => current.GetValueOrDefault(n, held), StringComparer.OrdinalIgnoreCase)));
        }

        return new InputTrace(segments);
    }
}
