namespace Waste.Firmware.Core.Config;

/// <summary>One desired twin property: its name, the kinds it applies to, its allowed range and its defaults
/// (docs/device-protocol.md, "Device twin").</summary>
public sealed class ConfigurationProperty
{
    /// <summary>Creates a property description.</summary>
    public ConfigurationProperty(
        string name, bool forBins, bool forToilets, double minimum, double maximum, bool wholeNumber,
        double binDefault, double toiletDefault)
    {
        Name = name;
        ForBins = forBins;
        ForToilets = forToilets;
        Minimum = minimum;
        Maximum = maximum;
        WholeNumber = wholeNumber;
        BinDefault = binDefault;
        ToiletDefault = toiletDefault;
    }

    /// <summary>The twin property's name.</summary>
    public string Name { get; }

    /// <summary>True when bins use it.</summary>
    public bool ForBins { get; }

    /// <summary>True when toilets use it.</summary>
    public bool ForToilets { get; }

    /// <summary>Smallest allowed value.</summary>
    public double Minimum { get; }

    /// <summary>Largest allowed value.</summary>
    public double Maximum { get; }

    /// <summary>True when only whole numbers are allowed.</summary>
    public bool WholeNumber { get; }

    /// <summary>A bin's default.</summary>
    public double BinDefault { get; }

    /// <summary>A toilet's default.</summary>
    public double ToiletDefault { get; }

    /// <summary>True when <paramref name="kind"/> uses it.</summary>
    public bool AppliesTo(NodeKind kind) => kind == NodeKind.Bin ? ForBins : ForToilets;

    /// <summary>The default for <paramref name="kind"/>.</summary>
    public double DefaultFor(NodeKind kind) => kind == NodeKind.Bin ? BinDefault : ToiletDefault;

    /// <summary>Why <paramref name="value"/> is not allowed, or an empty string when it is.</summary>
    public string Check(double value)
    {
        if (double.IsNaN(value) || value < Minimum || value > Maximum)
        {
            return Name + ": out of range " + Text.DecimalText.Format(Minimum, 3) + ".." + Text.DecimalText.Format(Maximum, 3);
        }

        if (WholeNumber && value != (long)value)
        {
            return Name + ": must be a whole number";
        }

        return "";
    }
}
