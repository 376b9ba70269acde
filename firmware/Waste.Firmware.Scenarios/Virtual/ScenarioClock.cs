using Waste.Firmware.Core.Time;

namespace Waste.Firmware.Scenarios.Virtual;

/// <summary>Virtual time: the device's monotonic clock since its last power-on, and the true UTC time the time
/// server and the hub go by. Only the scenario moves it.</summary>
public sealed class ScenarioClock : IMonotonicClock
{
    /// <summary>2026-11-26 00:00 UTC, when every scenario starts.</summary>
    public const long StartUnixSeconds = 1795651200;

    private long _nowMilliseconds;
    private long _poweredOnAtMilliseconds;

    /// <inheritdoc />
    public long ElapsedMilliseconds => _nowMilliseconds - _poweredOnAtMilliseconds;

    /// <summary>True UTC now, Unix seconds.</summary>
    public long UtcSeconds => StartUnixSeconds + _nowMilliseconds / 1000;

    /// <summary>Moves time on by <paramref name="milliseconds"/>.</summary>
    public void AdvanceMilliseconds(long milliseconds) => _nowMilliseconds += milliseconds;

    /// <summary>Moves time on by <paramref name="seconds"/>.</summary>
    public void AdvanceSeconds(long seconds) => _nowMilliseconds += seconds * 1000;

    /// <summary>A power cut: the monotonic clock starts again from zero.</summary>
    public void PowerCycle() => _poweredOnAtMilliseconds = _nowMilliseconds;
}
