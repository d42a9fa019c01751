using PlcFleet.Simulation.Equivalence;
using PlcFleet.Simulation.Programs;
using PlcFleet.Simulation.Values;
using PlcFleet.StructuredText.Semantics.Values;
using PlcFleet.StructuredText.Syntax;
using PlcFleet.Verification.Safety.Configuration;

namespace PlcFleet.Verification.Safety.Differential;

/// <summary>
/// The generated input traces of the differential check, in three families taken in turn: inputs changing every few
/// scans (edges, one-scan-earlier latches), inputs held for up to half a second, and inputs held longer than the
/// longest timer preset in either version (so a shortened timer or a new delay path gets to fire). The held families
/// also get one-scan glitches (a contact bouncing open for a single scan), the case latches must not miss. All from one seed.
/// </summary>
public static partial class TraceFamilies
{
    private const int MinTimerHold = 40;
    private const int MaxTimerHold = 3000;

    public static IReadOnlyList<NamedTrace> Build(IReadOnlyList<SignalInfo> inputs, SignalRoles roles, SimulationBudget budget, TimeSpan cycleTime, TimeSpan longestTimer)
    {
        var timerHold = (int)Math.Clamp(Math.Ceiling(2.5 * longestTimer.Ticks / cycleTime.Ticks) + 2, MinTimerHold, MaxTimerHold);
        var families = new (string Name, RandomTraceGenerator Generator, int Cycles, bool Glitches)[]
        {
            ("fast changes", new RandomTraceGenerator(inputs, 1, 3), 240, false),
            ("held inputs with glitches", new RandomTraceGenerator(inputs, 1, 40), 400, true),
            ("timer-length holds with glitches", new RandomTraceGenerator(inputs, timerHold / 2, timerHold), Math.Max(600, 8 * timerHold), true),
        };
        var switches = inputs.Where(i => i.Type.Kind == PlcValueKind.Bool).Select(i => i.Name).ToList();
        var channels = Channels(switches, roles);
        var traces = new List<NamedTrace>();
        for (var i = 0; i < budget.Traces; i++)
        {
            var (name, generator, cycles, glitches) = families[i % families.Length];
            var seed = RandomTraceGenerator.TraceSeed(budget.Seed, i);
            var trace = generator.Generate(seed, cycles);
            if (glitches && switches.Count > 0)
            {
                trace = WithGlitches(Paired(FromRunningMachine(trace, switches, roles), channels), switches, channels, new Random(seed));
            }

            traces.Add(new NamedTrace($"generated trace {i + 1} ({name}, seed {budget.Seed})", trace));
        }

        return traces;
    }

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

    /// <summary>
    /// The scan time to simulate with: the PLC's own, unless the longest timer would need thousands of scans to run out;
    /// then a coarser scan, so one trace still spans several timer periods (the order of events within a scan is unchanged).
    /// </summary>
    public static TimeSpan SimulatedCycle(TimeSpan plcCycle, TimeSpan longestTimer)
    {
        var coarse = TimeSpan.FromMilliseconds(Math.Ceiling(longestTimer.TotalMilliseconds / 100));
        return coarse > plcCycle ? coarse : plcCycle;
    }

    /// <summary>The longest TIME literal in the code: the horizon a trace must hold inputs for timers to matter.</summary>
    public static TimeSpan LongestTimeLiteral(params SiteAnalysis[] sites)
    {
        var longest = TimeSpan.Zero;
        foreach (var token in sites.SelectMany(s => s.Model.Project.Files).SelectMany(f => f.Syntax.Root.DescendantTokens()))
        {
            var text = token.Text;
            if (text.Length > 2 && text.Contains('#', StringComparison.Ordinal) && char.ToUpperInvariant(text[0]) is 'T' or 'L')
            {
                if (LiteralParser.Parse(text).Value is DurationValue duration)
                {
                    var span = TimeSpan.FromTicks(duration.Nanoseconds / 100);
                    longest = span > longest ? span : longest;
                }
            }
        }

        return longest;
    }
}
