using System.Collections.Concurrent;
using System.Globalization;
using MQTTnet;
using Waste.Broker.Tests.Broker;

namespace Waste.Cluster.Tests.Devices;

/// <summary>
/// Devices publishing one reading each at a steady rate with QoS 1, as a fleet does, each with the next sequence
/// number. A device that gets no PUBACK sends the same sequence number again until it does (at-least-once), so what
/// the broker acknowledged is exactly every sequence number published, which the publisher records.
/// </summary>
public sealed class SteadyPublisher(IReadOnlyList<SharedBrokerDevice> devices, TimeSpan interval)
{
    private readonly ConcurrentDictionary<string, long> _acknowledged = new(StringComparer.Ordinal);
    private int _resent;

    /// <summary>How many readings the broker acknowledged to each device: sequence numbers 0 up to this, less one.</summary>
    public IReadOnlyDictionary<string, long> Acknowledged => _acknowledged;

    /// <summary>Publications the broker did not acknowledge the first time, sent again.</summary>
    public int Resent => Volatile.Read(ref _resent);

    /// <summary>Publishes for <paramref name="duration"/>, continuing each device's sequence where it stopped; every
    /// reading begun is acknowledged before this returns.</summary>
    public Task RunAsync(TimeSpan duration)
    {
        var until = DateTime.UtcNow + duration;
        return Task.WhenAll(devices.Select((device, index) => RunDeviceAsync(device, until, interval * index / devices.Count)));
    }

    private async Task RunDeviceAsync(SharedBrokerDevice device, DateTime until, TimeSpan offset)
    {
        // Spread over the interval, so the fleet's rate is steady rather than in bursts.
        await Task.Delay(offset);
        using var ticks = new PeriodicTimer(interval);
        while (DateTime.UtcNow < until)
        {
            var sequence = _acknowledged.GetValueOrDefault(device.DeviceId);
            await PublishUntilAcknowledgedAsync(device, Reading(device.DeviceId, sequence));
            _acknowledged[device.DeviceId] = sequence + 1;
            await ticks.WaitForNextTickAsync();
        }
    }

    private async Task PublishUntilAcknowledgedAsync(SharedBrokerDevice device, string reading)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (attempt > 0)
            {
                Interlocked.Increment(ref _resent);
                await Task.Delay(200);
            }

            try
            {
                if (!device.IsConnected)
                {
                    await device.ConnectWhenKnownAsync();
                }

                if (await device.PublishTelemetryAsync(reading) == MqttClientPublishReasonCode.Success)
                {
                    return;
                }
            }
            catch (Exception e) when (e is MQTTnet.Exceptions.MqttCommunicationException or OperationCanceledException)
            {
                Assert.True(attempt < 100, $"{device.DeviceId}: no PUBACK after {attempt} attempts: {e.Message}");
            }
        }
    }

    // One fill reading taken now, with its sequence number.
    private static string Reading(string deviceId, long sequence)
    {
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var fill = (10 + sequence % 80).ToString(CultureInfo.InvariantCulture);
        return $$"""{"v":1,"dev":"{{deviceId}}","kind":"bin","clk":"utc","sent":{{now}},"r":[{"seq":{{sequence}},"t":{{now}},"fill_pct":{{fill}}}]}""";
    }
}
