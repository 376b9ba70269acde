namespace Waste.Grains.Planning;

/// <summary>Keeps a depot's latest morning plan and its policy's memory: one small record written once a day.</summary>
public sealed class DepotRoutesGrain(
    [PersistentState("routes", StorageNames.Devices)] IPersistentState<DepotRoutesState> state) : Grain, IDepotRoutesGrain
{
    /// <inheritdoc />
    public async Task Remember(DateOnly day, string planJson, string? policyMemory)
    {
        if (state.State.PlanJson is not null && state.State.Day > day)
        {
            return;
        }

        state.State.Day = day;
        state.State.PlanJson = planJson;
        state.State.PolicyMemory = policyMemory;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<string?> Recall(DateOnly day) => Task.FromResult(state.State.Day <= day ? state.State.PlanJson : null);

    /// <inheritdoc />
    public Task<string?> RecallPolicyMemory(DateOnly day) => Task.FromResult(state.State.Day <= day ? state.State.PolicyMemory : null);
}
