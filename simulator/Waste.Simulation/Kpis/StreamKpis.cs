namespace Waste.Simulation.Kpis;

/// <summary>The share of a policy's driving done by the trucks of one waste stream (or set of streams): where the
/// kilometres go. A stream whose trucks fill up after a few bins drives to the disposal site about as often whatever
/// the policy, since the litres to carry are the same; only the trucks that go out with room to spare can save.</summary>
/// <param name="TruckKm">Kilometres its trucks drove.</param>
/// <param name="TruckDays">Truck-days its trucks drove.</param>
/// <param name="DisposalTrips">Trips its trucks made to unload.</param>
/// <param name="CollectedLitres">Litres its trucks took from bins.</param>
public sealed record StreamKpis(double TruckKm, int TruckDays, int DisposalTrips, double CollectedLitres)
{
    /// <summary>Nothing driven yet.</summary>
    public static readonly StreamKpis None = new(0, 0, 0, 0);

    /// <summary>Litres a trip to the disposal site carried, on average.</summary>
    public double LitresPerTrip => DisposalTrips > 0 ? CollectedLitres / DisposalTrips : 0;
}
