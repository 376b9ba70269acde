namespace Waste.Grains.Citizens;

/// <summary>The citizens' reports on one device (key: the device id): each becomes, or joins, an alert on the city's
/// board; the reporter follows it by its token. Nothing here can change an alert's state.</summary>
public interface ICitizenReportsGrain : IGrainWithStringKey
{
    /// <summary>Records a report and raises or joins its alert; null when the device is not registered or the category
    /// is not one of its kind's.</summary>
    Task<CitizenReport?> Submit(string token, ProblemCategory category, string? comment, bool hasPhoto);

    /// <summary>The report with this token, or null (never made, or no longer kept).</summary>
    Task<CitizenReport?> Find(string token);

    /// <summary>The reports kept, newest first.</summary>
    Task<IReadOnlyList<CitizenReport>> List();
}
