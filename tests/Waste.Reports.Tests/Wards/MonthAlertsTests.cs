using System.Text.Json;
using Waste.Grains.Alerts;
using Waste.Reports.Documents;
using Waste.Reports.Wards;

namespace Waste.Reports.Tests.Wards;

public class MonthAlertsTests
{
    private static readonly DateTimeOffset Raised = new(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_later_step_replaces_an_earlier_one_and_never_the_reverse()
    {
        var open = ReportSamples.Raised("A1", Raised);
        var acknowledged = open with { AcknowledgedAt = Raised.AddMinutes(5), AcknowledgedBy = "lan" };
        var noted = acknowledged with { Notes = [new AlertNote(Raised.AddMinutes(6), "lan", "on my way")] };
        var resolved = noted with { ResolvedAt = Raised.AddHours(1), ResolvedBy = "lan" };
        var steps = new[] { open, acknowledged, noted, resolved };

        foreach (var order in new[] { new[] { 0, 1, 2, 3 }, [3, 2, 1, 0], [1, 3, 0, 2], [3, 3, 0, 0] })
        {
            MonthAlerts? month = null;
            foreach (var step in order)
            {
                month = MonthAlerts.With(month, "2026-11", steps[step]);
            }

            Assert.Equal(steps[order.Max()], Assert.Single(month!.Alerts));
        }
    }

    [Fact]
    public void Alerts_of_a_month_are_kept_each_once_oldest_first()
    {
        var later = ReportSamples.Raised("A2", Raised.AddHours(3), AlertKind.Offline);
        var earlier = ReportSamples.Raised("A1", Raised);

        var month = MonthAlerts.With(MonthAlerts.With(MonthAlerts.With(null, "2026-11", later), "2026-11", earlier), "2026-11", later);

        Assert.Equal(["A1", "A2"], month.Alerts.Select(a => a.Id));
        Assert.Equal("2026-11", month.Month);
    }

    [Fact]
    public void A_month_of_three_thousand_handled_alerts_fits_in_one_document()
    {
        // cloud/README.md gives this as the month document's capacity: resolved alerts with a note each.
        var alerts = Enumerable.Range(0, 3_000).Select(i => ReportSamples.Raised($"A{100_000 + i}", Raised.AddMinutes(i)) with
        {
            AcknowledgedAt = Raised.AddMinutes(i + 5),
            AcknowledgedBy = "Nguyễn Thị Lan",
            ResolvedAt = Raised.AddMinutes(i + 60),
            ResolvedBy = "Nguyễn Thị Lan",
            ConditionClearedAt = Raised.AddMinutes(i + 50),
            Notes = [new AlertNote(Raised.AddMinutes(i + 60), "Nguyễn Thị Lan", "quạt thông gió đã sửa")],
        });

        var bytes = JsonSerializer.SerializeToUtf8Bytes(new MonthAlerts { Month = "2026-11", Alerts = [.. alerts] }, ReportJson.Options);

        Assert.InRange(bytes.Length, IDocumentStore.MaxDocumentBytes * 3 / 4, IDocumentStore.MaxDocumentBytes);
    }
}
