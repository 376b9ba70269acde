using System.Device.Adc;
using Waste.Firmware.Core.Sensors;
using Waste.Firmware.Esp32.Board;

namespace Waste.Firmware.Esp32.Drivers;

/// <summary>An analog input on an ADC1 channel, averaged over a few conversions against the ADC's noise.</summary>
public sealed class AdcPin : IAnalogInput
{
    private const int Conversions = 8;

    private readonly AdcChannel _channel;
    private readonly int _maxCounts;

    /// <summary>Opens ADC1 channel <paramref name="channelNumber"/>.</summary>
    public AdcPin(AdcController controller, int channelNumber)
    {
        _channel = controller.OpenChannel(channelNumber);
        _maxCounts = controller.MaxValue;
    }

    /// <inheritdoc />
    public double ReadVolts()
    {
        var sum = 0;
        for (var i = 0; i < Conversions; i++)
        {
            sum += _channel.ReadValue();
        }

        return AdcScale.Volts(sum / Conversions, _maxCounts, BoardConfiguration.AdcFullScaleVolts);
    }
}
