using System.Text.Json;
using Waste.Registry;
using Waste.Simulation.Devices;
using Waste.Telemetry;

namespace Waste.Web.Tests;

/// <summary>A device of the simulator connected to the test host: registered with its own key, publishing protocol
/// v1 telemetry (docs/device-protocol.md) over real MQTT with QoS 1.</summary>
public sealed class SimulatedDevice(DeviceConnection connection, TimeProvider clock, DeviceKind kind, long firstSequence = 0) : IAsyncDisposable
{
    private long _sequence = firstSequence;

    public string Id => connection.DeviceId;

    /// <summary>Registers <paramref name="device"/> and connects it; its readings are numbered from
    /// <paramref name="firstSequence"/> (a device connected again must go on from where it was, or the cloud drops its
    /// readings as duplicates).</summary>
    public static async Task<SimulatedDevice> ConnectAsync(WebCloud cloud, RegisteredDevice device, long firstSequence = 0)
    {
        var connection = new DeviceConnection(await cloud.RegisterAsync(device), cloud.Clock);
        var result = await connection.ConnectAsync(CancellationToken.None);
        Assert.Equal(MQTTnet.MqttClientConnectResultCode.Success, result);
        return new SimulatedDevice(connection, cloud.Clock, device.Kind, firstSequence);
    }

    /// <summary>A toilet in the test ward.</summary>
    public static RegisteredDevice Toilet(string id, string ward = "Phú Cường", string district = "Thủ Dầu Một") => new()
    {
        Id = id, Kind = DeviceKind.Toilet, PrimaryKey = DeviceKey.Generate(), Ward = ward, District = district,
        Latitude = 10.9804, Longitude = 106.6519,
    };

    /// <summary>A 240 L bin in the test ward.</summary>
    public static RegisteredDevice Bin(string id, WasteStream stream, double latitude, double longitude) => new()
    {
        Id = id, Kind = DeviceKind.Bin, PrimaryKey = DeviceKey.Generate(), Ward = "Phú Cường", District = "Thủ Dầu Một",
        Stream = stream, CapacityLitres = 240, Latitude = latitude, Longitude = longitude,
    };

    /// <summary>Publishes one reading of <paramref name="members"/> (besides seq and t) taken now on the clock.</summary>
    public Task SendAsync(object members)
    {
        var now = clock.GetUtcNow();
        var reading = JsonSerializer.SerializeToElement(members).EnumerateObject().ToDictionary(p => p.Name, p => (object)p.Value);
        reading["seq"] = _sequence++;
        reading["t"] = now.ToUnixTimeSeconds();
        var message = new Dictionary<string, object>
        {
            ["v"] = 1, ["dev"] = Id, ["kind"] = kind == DeviceKind.Bin ? "bin" : "toilet", ["clk"] = "utc",
            ["sent"] = now.ToUnixTimeSeconds(), ["r"] = new[] { reading },
        };
        return connection.PublishTelemetryAsync(JsonSerializer.Serialize(message), CancellationToken.None);
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();
}
