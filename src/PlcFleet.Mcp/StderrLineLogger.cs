using Microsoft.Extensions.Logging;

namespace PlcFleet.Mcp;

/// <summary>
/// The MCP server's log on stderr, one line a message: an agent's mistake (an unknown tool, bad arguments) is answered
/// to the client as a protocol error, so the log names it and never prints the SDK's stack trace.
/// </summary>
public sealed class StderrLineLogger(string category) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (!IsEnabled(logLevel))
        {
            return;
        }

        var message = formatter(state, exception).ReplaceLineEndings(" ");
        var cause = exception is null || message.Contains(exception.Message, StringComparison.Ordinal) ? "" : $": {exception.Message.ReplaceLineEndings(" ")}";
        Console.Error.WriteLine($"plcfleet mcp: {logLevel.ToString().ToLowerInvariant()}: {message}{cause} ({category})");
    }

    /// <summary>Creates one <see cref="StderrLineLogger"/> per category.</summary>
    public sealed class Provider : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new StderrLineLogger(categoryName);

        public void Dispose()
        {
        }
    }
}
