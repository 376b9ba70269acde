using Microsoft.Extensions.Time.Testing;
using Waste.Firmware.Core.Time;

namespace Waste.Firmware.Tests.Fakes;

/// <summary>The device's monotonic clock on a fake <see cref="TimeProvider"/>: it runs through "deep sleep" exactly as
/// far as the test advances it. <see cref="PowerCycle"/> restarts it from zero, as a power cut does.</summary>
internal sealed class VirtualClock : IMonotonicClock
{
    public static readonly DateTimeOffset Start = new(2026, 11, 26, 0, 0, 0, TimeSpan.Zero);

    private DateTimeOffset _poweredOnAt;

    public VirtualClock()
    {
        Time = new FakeTimeProvider(Start);
        _poweredOnAt = Start;
    }

    public FakeTimeProvider Time { get; }

    public long ElapsedMilliseconds => (long)(Time.GetUtcNow() - _poweredOnAt).TotalMilliseconds;

    public long UtcSeconds => Time.GetUtcNow().ToUnixTimeSeconds();

    public void Advance(TimeSpan by) => Time.Advance(by);

    public void AdvanceSeconds(long seconds) => Time.Advance(TimeSpan.FromSeconds(seconds));

    public void PowerCycle() => _poweredOnAt = Time.GetUtcNow();
}
