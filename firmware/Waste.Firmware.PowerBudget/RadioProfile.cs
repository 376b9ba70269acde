namespace Waste.Firmware.PowerBudget;

/// <summary>What one upload costs with a given radio and protocol stack: the phases of one connection.</summary>
/// <param name="Name">The radio and stack.</param>
/// <param name="Connection">The phases of one upload, in order.</param>
/// <param name="TimeSync">An SNTP exchange (once a day).</param>
public sealed record RadioProfile(string Name, IReadOnlyList<PowerPhase> Connection, PowerPhase TimeSync)
{
    /// <summary>Wi-Fi, TLS and MQTT to IoT Hub from the ESP32: what this firmware does.</summary>
    public static RadioProfile WifiTlsMqtt { get; } = new(
        "Wi-Fi + TLS + MQTT (ESP32)",
        [
            new("Wi-Fi association, DHCP, DNS", 120, 2.0, "ESP32 datasheet: RX 95-100 mA, TX 802.11n 180-240 mA; association + DHCP ~2 s (estimate, to measure)"),
            new("TLS handshake (mbedTLS, RSA-2048 chain)", 110, 2.0, "estimate for mbedTLS at 160 MHz with the radio on; to measure"),
            new("MQTT connect, 4 subscribes, twin GET, publish, 0.5 s listen", 110, 1.5, "estimate: 4-6 round trips plus the firmware's listen window"),
        ],
        new("SNTP query", 110, 0.2, "one UDP round trip"));

    /// <summary>An LTE-M modem in power-saving mode (for example SIM7080G): another radio, for comparison.</summary>
    public static RadioProfile LteMPsm { get; } = new(
        "LTE-M with PSM (e.g. SIM7080G), TLS + MQTT",
        [
            new("modem wake from PSM, attach resume", 100, 2.0, "SIM7080G hardware design: ~100 mA average in connected mode; estimate"),
            new("TLS + MQTT session", 90, 3.0, "estimate, slower link than Wi-Fi"),
        ],
        new("network time (NITZ)", 0, 0, "time comes with the network"));
}
