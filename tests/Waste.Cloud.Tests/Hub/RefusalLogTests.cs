using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using Waste.Hub;

namespace Waste.Cloud.Tests.Hub;

public sealed class RefusalLogTests
{
    [Fact]
    public void A_flood_of_refusals_writes_its_lines_of_the_minute_then_says_how_many_it_left_out()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 11, 26, 0, 0, 0, TimeSpan.Zero));
        var logger = new ListLogger();
        var log = new RefusalLog(logger, clock);

        for (var i = 0; i < RefusalLog.LinesPerMinute + 30; i++)
        {
            log.Refused($"bin-{i}", "TooOld", "1 of 1 readings");
        }

        Assert.Equal(RefusalLog.LinesPerMinute, logger.Lines.Count);
        Assert.All(logger.Lines, line => Assert.Equal(LogLevel.Warning, line.Level));
        Assert.Equal("Refused bin-0: TooOld (1 of 1 readings)", logger.Lines[0].Text);

        clock.Advance(TimeSpan.FromMinutes(1));
        log.Refused("bin-x\u0007", "Malformed", "not JSON");

        Assert.Equal(RefusalLog.LinesPerMinute + 1, logger.Lines.Count);
        Assert.StartsWith("Refused bin-x?: Malformed (not JSON); 30 refusals before it were counted but not logged", logger.Lines[^1].Text, StringComparison.Ordinal);
    }

    private sealed class ListLogger : ILogger
    {
        public List<(LogLevel Level, string Text)> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add((logLevel, formatter(state, exception)));
    }
}
