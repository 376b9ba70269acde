namespace Waste.Grains.Planning;

/// <summary>Keeps the fleet configuration.</summary>
public sealed class FleetGrain(
    [PersistentState("fleet", StorageNames.Devices)] IPersistentState<FleetState> state) : Grain, IFleetGrain
{
    /// <inheritdoc />
    public Task<FleetConfiguration> Get() => Task.FromResult(state.State.Fleet);

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> Replace(FleetConfiguration fleet)
    {
        var errors = Check(fleet);
        if (errors.Count == 0)
        {
            state.State.Fleet = fleet;
            await state.WriteStateAsync();
        }

        return errors;
    }

    /// <inheritdoc />
    public async Task<bool> SetAvailable(string vehicleId, bool available)
    {
        var fleet = state.State.Fleet;
        if (fleet.Vehicles.FirstOrDefault(v => v.Id == vehicleId) is not { } vehicle)
        {
            return false;
        }

        state.State.Fleet = fleet with { Vehicles = [.. fleet.Vehicles.Select(v => v.Id == vehicleId ? vehicle with { Available = available } : v)] };
        await state.WriteStateAsync();
        return true;
    }

    /// <summary>What is wrong with <paramref name="fleet"/>: missing or overlong text, too many items, duplicate ids,
    /// unknown depots, impossible numbers.</summary>
    public static IReadOnlyList<string> Check(FleetConfiguration fleet)
    {
        var errors = FleetLimits.Check(fleet);
        if (errors.Count > 0)
        {
            // The rest reads every member: it starts only on a fleet whose shape is whole.
            return errors;
        }

        foreach (var id in fleet.Depots.Select(d => d.Id).Concat(fleet.DisposalSites.Select(s => s.Id)).Concat(fleet.Vehicles.Select(v => v.Id))
                     .GroupBy(id => id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key))
        {
            errors.Add($"id '{id}' is used twice");
        }

        foreach (var place in fleet.Depots.Select(d => (d.Id, d.Latitude, d.Longitude)).Concat(fleet.DisposalSites.Select(s => (s.Id, s.Latitude, s.Longitude))))
        {
            if (!(Math.Abs(place.Latitude) <= 90 && Math.Abs(place.Longitude) <= 180))
            {
                errors.Add($"'{place.Id}' has no valid position");
            }
        }

        foreach (var vehicle in fleet.Vehicles)
        {
            if (!fleet.Depots.Any(d => d.Id == vehicle.DepotId))
            {
                errors.Add($"truck '{vehicle.Id}' starts from unknown depot '{vehicle.DepotId}'");
            }

            if (!(vehicle.CapacityLitres > 0 && vehicle.CapacityKilograms > 0) || vehicle.Streams.Count == 0)
            {
                errors.Add($"truck '{vehicle.Id}' needs a positive volume and payload and at least one stream");
            }

            if (!(vehicle.ShiftEnd > vehicle.ShiftStart) || vehicle.MaxDisposalTrips < 0 || vehicle.CostPerKm < 0 || vehicle.FixedCost < 0)
            {
                errors.Add($"truck '{vehicle.Id}' has an impossible shift or cost");
            }

            if (vehicle.Lunch is { } lunch && !(lunch.Duration > TimeSpan.Zero && lunch.LatestStart >= lunch.EarliestStart
                    && lunch.EarliestStart >= vehicle.ShiftStart && lunch.LatestStart + lunch.Duration <= vehicle.ShiftEnd))
            {
                errors.Add($"truck '{vehicle.Id}' has a lunch that does not fit its shift (a positive duration, starting between two times within the shift)");
            }

            if (vehicle.DailyVolumeLitres is { } daily && !(daily > 0) || vehicle.MaxStops is < 1)
            {
                errors.Add($"truck '{vehicle.Id}' needs a positive daily volume and stop limit when it has one");
            }

            if (vehicle.UnloadBeforeReturn && (vehicle.MaxDisposalTrips < 1 || !fleet.DisposalSites.Any(s => vehicle.Streams.All(s.Streams.Contains))))
            {
                errors.Add($"truck '{vehicle.Id}' must unload before returning but has no disposal trip or no site that takes all its streams");
            }
        }

        return errors;
    }
}
