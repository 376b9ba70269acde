using Waste.Grains.Alerts;
using Waste.Telemetry;

namespace Waste.Grains.Citizens;

/// <summary>Which problems a citizen may report on each kind of device, and the alert each becomes: the kind a sensor
/// would raise where one measures it (so a report joins what the sensors already say), a reported kind otherwise.</summary>
public static class ProblemCategories
{
    private static readonly ProblemCategory[] OfBin =
        [ProblemCategory.Overflowing, ProblemCategory.Damaged, ProblemCategory.Dirty, ProblemCategory.Smells, ProblemCategory.Other];

    private static readonly ProblemCategory[] OfToilet =
        [ProblemCategory.Dirty, ProblemCategory.Smells, ProblemCategory.OutOfSupplies, ProblemCategory.Damaged, ProblemCategory.Other];

    /// <summary>The problems a citizen may report on a device of <paramref name="kind"/>, most common first.</summary>
    public static IReadOnlyList<ProblemCategory> For(DeviceKind kind) => kind == DeviceKind.Bin ? OfBin : OfToilet;

    /// <summary>True when <paramref name="category"/> may be reported on a device of <paramref name="kind"/>.</summary>
    public static bool Allows(DeviceKind kind, ProblemCategory category) => For(kind).Contains(category);

    /// <summary>The alert a report of <paramref name="category"/> on a device of <paramref name="kind"/> becomes. A bin
    /// that smells needs washing: it joins the dirty bin's alert.</summary>
    public static AlertKind AlertKindOf(DeviceKind kind, ProblemCategory category) => (kind, category) switch
    {
        (DeviceKind.Bin, ProblemCategory.Overflowing) => AlertKind.BinOverflow,
        (DeviceKind.Toilet, ProblemCategory.Smells) => AlertKind.ToiletOdour,
        (DeviceKind.Toilet, ProblemCategory.OutOfSupplies) => AlertKind.ToiletSuppliesLow,
        (_, ProblemCategory.Damaged) => AlertKind.ReportedDamage,
        (_, ProblemCategory.Dirty or ProblemCategory.Smells) => AlertKind.ReportedDirt,
        _ => AlertKind.ReportedProblem,
    };
}
