namespace Waste.Firmware.Core.Text;

/// <summary>What a <see cref="JsonValue"/> holds.</summary>
public enum JsonKind
{
    /// <summary>null.</summary>
    Null,

    /// <summary>true or false.</summary>
    Boolean,

    /// <summary>A number.</summary>
    Number,

    /// <summary>A string.</summary>
    String,

    /// <summary>An array of values.</summary>
    Array,

    /// <summary>An object: names and values, in document order.</summary>
    Object,
}
