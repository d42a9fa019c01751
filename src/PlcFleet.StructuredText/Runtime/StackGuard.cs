using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace PlcFleet.StructuredText.Runtime;

/// <summary>
/// Lets a recursive tree walk go as deep as the tree is. Generated PLC code has expression chains of tens of thousands
/// of terms (an alarm summary ORs every alarm); a walker that recurses per level calls <see cref="IsLow"/> and, when the
/// thread's stack is nearly used up, continues on a fresh thread with a large stack instead of dying with a stack
/// overflow (which no catch can stop and which kills the whole process).
/// </summary>
public static class StackGuard
{
    // 64 MB holds some 100,000 levels of the deepest walker; a deeper tree hops again.
    private const int FreshStackBytes = 64 * 1024 * 1024;

    /// <summary>True when the current thread has too little stack left for another level of recursion.</summary>
    public static bool IsLow => !RuntimeHelpers.TryEnsureSufficientExecutionStack();

    /// <summary>Runs <paramref name="work"/> on a new thread with a fresh stack and waits for it; exceptions pass through.</summary>
    public static T OnFreshStack<T>(Func<T> work)
    {
        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = work();
            }
            catch (Exception exception)
            {
                failure = ExceptionDispatchInfo.Capture(exception);
            }
        }, FreshStackBytes);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }

    /// <summary>Runs <paramref name="work"/> on a new thread with a fresh stack and waits for it.</summary>
    public static void OnFreshStack(Action work) => OnFreshStack(() =>
    {
        work();
        return true;
    });
}
