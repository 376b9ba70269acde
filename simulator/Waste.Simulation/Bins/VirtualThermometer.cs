using Waste.Firmware.Core.Sensors;

namespace Waste.Simulation.Bins;

/// <summary>Air in a bin in southern Vietnam: about 27 °C at dawn, 35 °C mid-afternoon.</summary>
public sealed class VirtualThermometer(TimeProvider time) : ITemperatureSensor
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    /// <inheritdoc />
    public double ReadCelsius()
    {
        var local = time.GetUtcNow().ToOffset(Vietnam);
        var hour = local.Hour + local.Minute / 60.0;
        return 31 + 4 * Math.Sin((hour - 9) / 24 * 2 * Math.PI);
    }
}
