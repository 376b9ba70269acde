using Waste.Firmware.Core.Config;
using Waste.Firmware.Core.Text;

namespace Waste.Firmware.PowerBudget;

/// <summary>
/// A way to run a bin node: desired twin properties (applied to the defaults by the firmware's own validation, so a
/// scenario is a configuration the device would accept), a battery and a radio.
/// </summary>
/// <param name="Name">What the scenario changes.</param>
/// <param name="Desired">Desired properties as JSON, "{}" for the defaults.</param>
/// <param name="Battery">The battery.</param>
/// <param name="Radio">The radio and stack.</param>
public sealed record Scenario(string Name, string Desired, Battery Battery, RadioProfile Radio)
{
    /// <summary>The scenarios the budget compares for one bin: the default policy, then what other policies, radios and
    /// cells make of it.</summary>
    public static IReadOnlyList<Scenario> Comparison { get; } =
    [
        new("default policy (twin defaults)", "{}", Battery.LiIon18650, RadioProfile.WifiTlsMqtt),
        new("daily heartbeat, 20-point fill steps", """{"heartbeat_h":24,"fill_step_pct":20}""", Battery.LiIon18650, RadioProfile.WifiTlsMqtt),
        new("hourly sampling, daily heartbeat, 25-point steps", """{"sample_period_s":3600,"heartbeat_h":24,"fill_step_pct":25}""", Battery.LiIon18650, RadioProfile.WifiTlsMqtt),
        new("default policy, LTE-M PSM radio", "{}", Battery.LiIon18650, RadioProfile.LteMPsm),
        new("default policy, Li-SOCl2 C cell + HLC", "{}", Battery.LiSocl2C, RadioProfile.WifiTlsMqtt),
        new("default policy, Li-SOCl2 D cell + HLC", "{}", Battery.LiSocl2D, RadioProfile.WifiTlsMqtt),
        new("hourly sampling, daily heartbeat, Li-SOCl2 D cell + HLC", """{"sample_period_s":3600,"heartbeat_h":24,"fill_step_pct":25}""", Battery.LiSocl2D, RadioProfile.WifiTlsMqtt),
    ];

    /// <summary>The configuration the scenario's desired properties make of the bin defaults.</summary>
    public DeviceConfiguration Configuration() => ConfigurationOf(Name, Desired);

    /// <summary>The configuration desired properties <paramref name="desired"/> (JSON) make of the bin defaults, as the
    /// firmware applies them; refused (named <paramref name="name"/>) as the device would refuse them.</summary>
    public static DeviceConfiguration ConfigurationOf(string name, string desired)
    {
        var properties = JsonReader.Parse(desired, out var error)
            ?? throw new ArgumentException($"{name}: desired properties are not JSON: {error}");
        return DesiredProperties.Apply(DeviceConfiguration.Defaults(NodeKind.Bin), properties, NodeKind.Bin, out error)
            ?? throw new ArgumentException($"{name}: the device would refuse these desired properties: {error}");
    }
}
