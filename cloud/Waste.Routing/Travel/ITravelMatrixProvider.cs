using Waste.Routing.Modelling;

namespace Waste.Routing.Travel;

/// <summary>Where distances and driving times come from: straight-line estimates or a road-network service.</summary>
public interface ITravelMatrixProvider
{
    /// <summary>The matrix between <paramref name="places"/>, in their order.</summary>
    Task<TravelMatrix> GetMatrixAsync(IReadOnlyList<GeoPoint> places, CancellationToken cancellationToken = default);
}
