using PlcFleet.Simulation.Runtime;

namespace PlcFleet.Simulation.Tests.StandardBlocks;

/// <summary>Reads timing-diagram rows such as "0 1 1 0" (BOOL) or "0 10 20 30" (ms) one value per scan.</summary>
internal static class TimingTable
{
    public static bool[] Bools(string row) => row.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(c => c == "1").ToArray();

    public static int[] Numbers(string row) => row.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(int.Parse).ToArray();

    public static string Row(IEnumerable<bool> values) => string.Join(' ', values.Select(v => v ? "1" : "0"));

    public static string Row(IEnumerable<int> values) => string.Join(' ', values);

    public static string Row(IEnumerable<TimeSpan> values) => string.Join(' ', values.Select(v => (int)v.TotalMilliseconds));

    /// <summary>Runs one scan per column on a virtual clock with a 10 ms cycle.</summary>
    public static void Scan(VirtualClock clock, int columns, Action<int> scan, int cycleMs = 10)
    {
        for (var i = 0; i < columns; i++)
        {
            clock.AdvanceTo(TimeSpan.FromMilliseconds(i * cycleMs));
            scan(i);
        }
    }
}
