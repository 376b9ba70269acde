namespace Waste.Grains.Planning;

/// <summary>Keeps a depot's latest morning plan: one small record written once a day.</summary>
public sealed class DepotRoutesGrain(
    [PersistentState("routes", StorageNames.Devices)] IPersistentState<DepotRoutesState> state) : Grain, IDepotRoutesGrain
{
    /// <inheritdoc />
    public async Task Remember(DateOnly day, string planJson)
    {
        if (state.State.PlanJson is not null && state.State.Day > day)
        {
            return;
        }

        state.State.Day = day;
        state.State.PlanJson = planJson;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<string?> Recall(DateOnly day) => Task.FromResult(state.State.Day <= day ? state.State.PlanJson : null);
}
