using Waste.Grains.Alerts;
using Waste.Grains.Events;
using Waste.Grains.Zones;
using Waste.Registry;

namespace Waste.Reports.Tests.Wards;

/// <summary>Days, collections and alerts as the grains make them, for the tests.</summary>
internal static class ReportSamples
{
    public const string Ward = "Thủ Dầu Một/Phú Cường";

    /// <summary>A day with every total set.</summary>
    public static ZoneDay FullDay(DateOnly date, double scale = 1) => new()
    {
        Date = date,
        CollectedLitres = new() { [WasteStream.Recyclable] = 480 * scale, [WasteStream.Organic] = 240 * scale },
        CollectedKilograms = new() { [WasteStream.Recyclable] = 38.4 * scale, [WasteStream.Organic] = 108 * scale },
        Collections = new() { [WasteStream.Recyclable] = (int)(2 * scale), [WasteStream.Organic] = (int)(1 * scale) },
        OverflowBinHours = 3.5 * scale,
        ToiletAvailableHours = 22 * scale,
        ToiletUnavailableHours = 2 * scale,
        ToiletVisits = (int)(140 * scale),
        FaultsRaised = new() { [AlertKind.ToiletOdour] = (int)(1 * scale), [AlertKind.Offline] = (int)(2 * scale) },
    };

    public static BinEmptied Emptied(string bin, DateTimeOffset at, double litres = 240, WasteStream stream = WasteStream.Recyclable) =>
        new(Ward, bin, stream, at, litres);

    public static Alert Raised(string id, DateTimeOffset at, AlertKind kind = AlertKind.ToiletOdour) => new()
    {
        Id = id,
        DeviceId = "wc-0001",
        Kind = kind,
        Ward = "Phú Cường",
        District = "Thủ Dầu Một",
        Detail = "NH3 31 ppm in 3 of the last 5 readings",
        RaisedAt = at,
    };
}
