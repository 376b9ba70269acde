namespace Waste.Routing.Modelling;

/// <summary>The order in which a model's places index the travel matrix: depots, then stops, then disposal sites.</summary>
public static class RoutingPlaces
{
    /// <summary>All places of <paramref name="model"/> in matrix order.</summary>
    public static IReadOnlyList<GeoPoint> Of(RoutingModel model) =>
        [.. model.Depots.Select(d => d.Location), .. model.Stops.Select(s => s.Location), .. model.DisposalSites.Select(s => s.Location)];

    /// <summary>Matrix index of depot <paramref name="index"/>.</summary>
    public static int Depot(int index) => index;

    /// <summary>Matrix index of stop <paramref name="index"/>.</summary>
    public static int Stop(RoutingModel model, int index) => model.Depots.Count + index;

    /// <summary>Matrix index of disposal site <paramref name="index"/>.</summary>
    public static int Site(RoutingModel model, int index) => model.Depots.Count + model.Stops.Count + index;
}
