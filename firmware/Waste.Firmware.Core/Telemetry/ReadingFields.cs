using Waste.Firmware.Core.Text;

namespace Waste.Firmware.Core.Telemetry;

/// <summary>How optional reading members are written: a value not measured (NaN) and an empty list are left out,
/// as the protocol's "absent means not measured".</summary>
public static class ReadingFields
{
    /// <summary>No alarms or faults.</summary>
    public static readonly string[] None = new string[0];

    /// <summary>Writes <paramref name="name"/> with <paramref name="value"/> to <paramref name="decimals"/> places,
    /// unless the value is NaN.</summary>
    public static void Number(JsonWriter writer, string name, double value, int decimals)
    {
        if (!double.IsNaN(value))
        {
            writer.Name(name).Number(value, decimals);
        }
    }

    /// <summary>Writes <paramref name="name"/> as an array of <paramref name="values"/>, unless there are none.</summary>
    public static void Names(JsonWriter writer, string name, string[] values)
    {
        if (values.Length == 0)
        {
            return;
        }

        writer.Name(name).BeginArray();
        for (var i = 0; i < values.Length; i++)
        {
            writer.String(values[i]);
        }

        writer.EndArray();
    }

    /// <summary>The members a reading writes, as the inside of an object: what RTC memory keeps of it.</summary>
    public static string Of(IReading reading)
    {
        var writer = new JsonWriter(96);
        writer.BeginObject();
        reading.WriteFields(writer);
        var text = writer.EndObject().ToString();
        return text.Substring(1, text.Length - 2);
    }
}
