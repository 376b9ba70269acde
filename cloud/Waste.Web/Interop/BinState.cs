using Waste.Grains.Bins;
using Waste.Registry;
using Waste.Telemetry;

namespace Waste.Web.Interop;

/// <summary>A registered bin with its live state and forecast, as the exports need it.</summary>
public sealed record BinState(RegisteredDevice Device, BinSnapshot Snapshot, BinForecast? Forecast)
{
    /// <summary>How far ahead the exports look for the next collection.</summary>
    public static readonly TimeSpan Horizon = TimeSpan.FromDays(7);

    /// <summary>Every registered bin (revoked ones too: they still stand in the street), in id order.</summary>
    public static async Task<IReadOnlyList<BinState>> LoadAsync(IDeviceRegistry registry, IGrainFactory grains)
    {
        var bins = registry.All().Where(d => d.Kind == DeviceKind.Bin).ToList();
        var states = await Task.WhenAll(bins.Select(async bin =>
        {
            var grain = grains.GetGrain<IBinGrain>(bin.Id);
            return new BinState(bin, await grain.GetSnapshot(), await grain.GetForecast(Horizon));
        }));
        return states;
    }
}
