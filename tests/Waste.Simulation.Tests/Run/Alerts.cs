using Waste.Grains.Alerts;
using Waste.Simulation.Cloud;

namespace Waste.Simulation.Tests.Run;

/// <summary>The alerts the cloud's grains raised, read from the alert board.</summary>
internal static class Alerts
{
    public static async Task<IReadOnlyList<AlertKind>> OfAsync(EmbeddedCloud cloud, string deviceId) =>
        [.. (await cloud.Grains.GetGrain<IAlertBoardGrain>(IAlertBoardGrain.CityKey).List(new AlertFilter { DeviceId = deviceId, Limit = 1000 })).Select(a => a.Kind)];
}
