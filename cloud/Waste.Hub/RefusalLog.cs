using Microsoft.Extensions.Logging;

namespace Waste.Hub;

/// <summary>
/// A warning line for each refusal (a connection, a publish, a message, readings), at most
/// <see cref="LinesPerMinute"/> lines a minute so a misbehaving fleet cannot flood the log: what is not written is
/// counted, and the next line says how many were left out. The counters (<see cref="HubMetrics"/>) count every one.
/// </summary>
public sealed partial class RefusalLog(ILogger logger, TimeProvider clock)
{
    /// <summary>The most refusal lines written in a minute.</summary>
    public const int LinesPerMinute = 20;

    private readonly Lock _lock = new();
    private DateTimeOffset _windowStart = DateTimeOffset.MinValue;
    private int _lines;
    private long _leftOut;

    /// <summary>Logs that <paramref name="source"/> (a device or client id) was refused for <paramref name="reason"/>,
    /// unless this minute's lines are spent.</summary>
    public void Refused(string source, string reason, string detail)
    {
        long leftOut;
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            if (now - _windowStart >= TimeSpan.FromMinutes(1))
            {
                _windowStart = now;
                _lines = 0;
            }

            if (_lines >= LinesPerMinute)
            {
                _leftOut++;
                return;
            }

            _lines++;
            leftOut = _leftOut;
            _leftOut = 0;
        }

        if (leftOut == 0)
        {
            LogRefused(logger, Printable(source), reason, Printable(detail));
        }
        else
        {
            LogRefusedAfterLeftOut(logger, Printable(source), reason, Printable(detail), leftOut, LinesPerMinute);
        }
    }

    // Ids, topics and details come from the network: keep lines short and free of control characters.
    private static string Printable(string text) => new([.. text.Take(160).Select(c => char.IsControl(c) ? '?' : c)]);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Source}: {Reason} ({Detail})")]
    private static partial void LogRefused(ILogger logger, string source, string reason, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused {Source}: {Reason} ({Detail}); {LeftOut} refusals before it were counted but not logged (at most {Limit} lines a minute)")]
    private static partial void LogRefusedAfterLeftOut(ILogger logger, string source, string reason, string detail, long leftOut, int limit);
}
