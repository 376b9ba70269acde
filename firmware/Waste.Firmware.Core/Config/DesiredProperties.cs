using Waste.Firmware.Core.Text;

namespace Waste.Firmware.Core.Config;

/// <summary>
/// Turns the twin's desired properties into a new configuration, whole or not at all: every property the node's kind
/// uses is checked (a number, in range, whole where it must be, and the rules between properties) before any is
/// applied. Names starting with <c>$</c> (IoT Hub's metadata) and properties of the other kind are ignored, unknown
/// names too (a newer cloud may know more). A null value removes the property: it returns to its default.
/// </summary>
public static class DesiredProperties
{
    /// <summary>
    /// The configuration that <paramref name="desired"/> makes of <paramref name="basis"/> (the current one for a
    /// patch, the defaults for the full desired document of a twin GET), or null with <paramref name="error"/> set.
    /// </summary>
    public static DeviceConfiguration? Apply(DeviceConfiguration basis, JsonValue desired, NodeKind kind, out string error)
    {
        if (desired.Kind != JsonKind.Object)
        {
            error = "desired properties are not an object";
            return null;
        }

        var values = basis.Values();
        for (var i = 0; i < desired.Count; i++)
        {
            var name = desired.NameAt(i);
            var index = ConfigurationProperties.IndexOf(name);
            if (index < 0 || !ConfigurationProperties.All[index].AppliesTo(kind))
            {
                continue;
            }

            var value = desired.ValueAt(i);
            if (value.Kind == JsonKind.Null)
            {
                values[index] = ConfigurationProperties.All[index].DefaultFor(kind);
                continue;
            }

            if (value.Kind != JsonKind.Number)
            {
                error = name + ": not a number";
                return null;
            }

            var why = ConfigurationProperties.All[index].Check(value.Number);
            if (why.Length > 0)
            {
                error = why;
                return null;
            }

            values[index] = value.Number;
        }

        return DeviceConfiguration.From(values, out error);
    }

    /// <summary>The <c>$version</c> of <paramref name="desired"/>, or -1 when it has none.</summary>
    public static long VersionOf(JsonValue desired)
    {
        var version = desired.Kind == JsonKind.Object ? desired.Member(Telemetry.TwinSchema.Version) : null;
        return version != null && version.Kind == JsonKind.Number && version.Number >= 0 ? (long)version.Number : -1;
    }
}
