namespace Waste.Web.Public;

/// <summary>An area's waste-sorting rate (separated streams over all collected, by volume) this month and last; null
/// when nothing was collected.</summary>
public sealed record AreaSortingRate(string District, string? Ward, double? ThisMonth, double? LastMonth);
