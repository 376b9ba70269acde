using Microsoft.Extensions.DependencyInjection;
using Waste.Telemetry;

namespace Waste.Grains.Devices;

/// <summary>Keeps a device's twin. A patch is persisted before it is acknowledged; a desired patch is then pushed to
/// the device through its session.</summary>
public sealed class DeviceTwinGrain(
    [PersistentState("twin", StorageNames.Devices)] IPersistentState<DeviceTwinState> state,
    [FromKeyedServices(EventTime.ServiceKey)] TimeProvider time) : Grain, IDeviceTwinGrain
{
    /// <inheritdoc />
    public Task<DeviceTwin> Get() => Task.FromResult(state.State.Twin);

    /// <inheritdoc />
    public async Task<TwinPatchResult> PatchReported(string patchJson)
    {
        var twin = state.State.Twin;
        if (TwinJson.TryMerge(twin.Reported, patchJson, out var error) is not { } merged)
        {
            return TwinPatchResult.Refused(error!);
        }

        state.State.Twin = twin with { Reported = merged, ReportedVersion = twin.ReportedVersion + 1, ReportedUpdatedAt = time.GetUtcNow() };
        await state.WriteStateAsync();
        return TwinPatchResult.AppliedAt(state.State.Twin.ReportedVersion);
    }

    /// <inheritdoc />
    public async Task<TwinPatchResult> PatchDesired(string patchJson)
    {
        var result = await MergeDesired(patchJson);
        if (result.Applied)
        {
            await GrainFactory.GetGrain<IDeviceSessionGrain>(this.GetPrimaryKeyString()).PushDesired(patchJson, result.Version);
        }

        return result;
    }

    /// <inheritdoc />
    public Task<TwinPatchResult> PatchDesiredForNextConnection(string patchJson) => MergeDesired(patchJson);

    private async Task<TwinPatchResult> MergeDesired(string patchJson)
    {
        var twin = state.State.Twin;
        if (TwinJson.TryMerge(twin.Desired, patchJson, out var error) is not { } merged)
        {
            return TwinPatchResult.Refused(error!);
        }

        var version = twin.DesiredVersion + 1;
        state.State.Twin = twin with { Desired = merged, DesiredVersion = version, DesiredUpdatedAt = time.GetUtcNow() };
        await state.WriteStateAsync();
        return TwinPatchResult.AppliedAt(version);
    }
}
