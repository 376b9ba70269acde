using Waste.Firmware.Core.Text;
using Waste.Firmware.Esp32.Drivers;

namespace Waste.Firmware.Esp32.Board;

/// <summary>
/// What makes a device itself, written to its flash at commissioning (hardware-docs/installation.md):
/// <c>{"ssid":..,"wifi_password":..,"hub_host":..,"hub_port":8883,"tls":true,"device_id":..,"device_key":..,
/// "ca_pem":..}</c>. Secrets never live in the repository or in the firmware image.
/// </summary>
public sealed class Provisioning
{
    /// <summary>The file's name under <see cref="BoardConfiguration.StorageRoot"/>.</summary>
    public const string FileName = "provisioning.json";

    private Provisioning(JsonValue document)
    {
        Ssid = Text(document, "ssid");
        WifiPassword = Text(document, "wifi_password");
        HubHost = Text(document, "hub_host");
        DeviceId = Text(document, "device_id");
        DeviceKey = Text(document, "device_key");
        CaCertificatePem = Text(document, "ca_pem");
        var port = document.Member("hub_port");
        HubPort = port != null && port.Kind == JsonKind.Number ? (int)port.Number : 8883;
        var tls = document.Member("tls");
        UseTls = tls == null || tls.Kind != JsonKind.Boolean || tls.Flag;
    }

    /// <summary>Wi-Fi network name.</summary>
    public string Ssid { get; }

    /// <summary>Wi-Fi password.</summary>
    public string WifiPassword { get; }

    /// <summary>The hub's host name.</summary>
    public string HubHost { get; }

    /// <summary>The hub's MQTT port (8883 with TLS).</summary>
    public int HubPort { get; }

    /// <summary>True to connect with TLS (always, outside a lab).</summary>
    public bool UseTls { get; }

    /// <summary>The device id.</summary>
    public string DeviceId { get; }

    /// <summary>The device key, base64.</summary>
    public string DeviceKey { get; }

    /// <summary>The root certificate the hub's chain ends in, PEM; empty when TLS is off.</summary>
    public string CaCertificatePem { get; }

    /// <summary>Reads the provisioning file; null with <paramref name="error"/> set when it is missing or bad.</summary>
    public static Provisioning? Load(string root, out string error)
    {
        var path = root + FileName;
        var bytes = new FlashFile(path).Load();
        if (bytes.Length == 0)
        {
            error = path + " is missing: the device is not provisioned";
            return null;
        }

        var document = JsonReader.Parse(bytes, out error);
        if (document == null || document.Kind != JsonKind.Object)
        {
            error = path + ": " + error;
            return null;
        }

        var provisioning = new Provisioning(document);
        error = provisioning.DeviceId.Length == 0 || provisioning.DeviceKey.Length == 0 || provisioning.HubHost.Length == 0
            ? path + ": device_id, device_key and hub_host are required"
            : "";
        return error.Length == 0 ? provisioning : null;
    }

    private static string Text(JsonValue document, string name)
    {
        var value = document.Member(name);
        return value != null && value.Kind == JsonKind.String ? value.Text : "";
    }
}
