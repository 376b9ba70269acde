using System.Collections;

namespace Waste.Firmware.Core.Text;

/// <summary>One value of a parsed JSON document. Device messages are small (twin patches, commands), so a tree is
/// simpler than a streaming reader; the parser caps its size and depth.</summary>
public sealed class JsonValue
{
    private readonly ArrayList _names;
    private readonly ArrayList _values;

    private JsonValue(JsonKind kind, double number, string text, bool flag)
    {
        Kind = kind;
        Number = number;
        Text = text;
        Flag = flag;
        _names = new ArrayList();
        _values = new ArrayList();
    }

    /// <summary>What this value holds.</summary>
    public JsonKind Kind { get; }

    /// <summary>The number, when <see cref="Kind"/> is <see cref="JsonKind.Number"/>.</summary>
    public double Number { get; }

    /// <summary>The string, when <see cref="Kind"/> is <see cref="JsonKind.String"/>; empty otherwise.</summary>
    public string Text { get; }

    /// <summary>The boolean, when <see cref="Kind"/> is <see cref="JsonKind.Boolean"/>.</summary>
    public bool Flag { get; }

    /// <summary>Number of members of an object or elements of an array.</summary>
    public int Count => _values.Count;

    /// <summary>The name of an object's member at <paramref name="index"/>.</summary>
    public string NameAt(int index) => (string)_names[index]!;

    /// <summary>The value of an object's member, or an array's element, at <paramref name="index"/>.</summary>
    public JsonValue ValueAt(int index) => (JsonValue)_values[index]!;

    /// <summary>The value of the object member named <paramref name="name"/> (the last one if repeated), or null.</summary>
    public JsonValue? Member(string name)
    {
        for (var i = _names.Count - 1; i >= 0; i--)
        {
            if ((string)_names[i]! == name)
            {
                return (JsonValue)_values[i]!;
            }
        }

        return null;
    }

    internal static JsonValue Null() => new(JsonKind.Null, 0, "", false);

    internal static JsonValue Boolean(bool value) => new(JsonKind.Boolean, 0, "", value);

    internal static JsonValue FromNumber(double value) => new(JsonKind.Number, value, "", false);

    internal static JsonValue FromString(string value) => new(JsonKind.String, 0, value, false);

    internal static JsonValue NewArray() => new(JsonKind.Array, 0, "", false);

    internal static JsonValue NewObject() => new(JsonKind.Object, 0, "", false);

    internal void Add(string name, JsonValue value)
    {
        _names.Add(name);
        _values.Add(value);
    }
}
