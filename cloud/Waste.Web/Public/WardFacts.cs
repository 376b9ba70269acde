namespace Waste.Web.Public;

/// <summary>A ward's public counts: where its devices are on average, its toilets and how many can be used, toilet
/// problems not yet resolved, its bins and how many are nearly full, and today's emptyings.</summary>
public sealed record WardFacts(
    string District,
    string Ward,
    double? Latitude,
    double? Longitude,
    int Toilets,
    int ToiletsOpen,
    int ToiletProblems,
    int Bins,
    int BinsNearlyFull,
    int CollectionsToday);
