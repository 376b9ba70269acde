namespace Waste.Web.Reports;

/// <summary>What a report's rows are.</summary>
public enum ReportArea
{
    /// <summary>One row per ward (phường/xã).</summary>
    Ward,

    /// <summary>One row per district (quận/huyện/thành phố).</summary>
    District,
}
