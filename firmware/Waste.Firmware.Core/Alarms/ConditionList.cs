namespace Waste.Firmware.Core.Alarms;

/// <summary>The names of the alarms or faults present at one moment, in the order they were added: what a reading
/// carries. Two lists are compared to send at once when an alarm is raised or cleared.</summary>
public sealed class ConditionList
{
    private readonly string[] _names = new string[16];
    private int _count;

    /// <summary>Adds <paramref name="name"/> when <paramref name="present"/>.</summary>
    public ConditionList AddIf(bool present, string name)
    {
        if (present && _count < _names.Length)
        {
            _names[_count++] = name;
        }

        return this;
    }

    /// <summary>The names, as a new array.</summary>
    public string[] ToArray()
    {
        var names = new string[_count];
        System.Array.Copy(_names, names, _count);
        return names;
    }

    /// <summary>The names joined by commas, to compare and to keep in RTC memory.</summary>
    public static string Key(string[] names)
    {
        var key = "";
        for (var i = 0; i < names.Length; i++)
        {
            key = i == 0 ? names[i] : key + "," + names[i];
        }

        return key;
    }
}
