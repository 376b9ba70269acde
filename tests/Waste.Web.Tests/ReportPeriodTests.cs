using CsCheck;
using Waste.Web.Reports;

namespace Waste.Web.Tests;

/// <summary>A report's period comes from the query string: months and quarters parse, anything else is refused.</summary>
public sealed class ReportPeriodTests
{
    [Theory]
    [InlineData("2026-11", "2026-11-01", "2026-11-30")]
    [InlineData("2028-02", "2028-02-01", "2028-02-29")]
    [InlineData("2026-Q1", "2026-01-01", "2026-03-31")]
    [InlineData("2026-Q4", "2026-10-01", "2026-12-31")]
    public void A_month_or_a_quarter_covers_its_calendar_days(string code, string from, string to)
    {
        var period = ReportPeriod.Parse(code)!;

        Assert.Equal((DateOnly.Parse(from, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(to, System.Globalization.CultureInfo.InvariantCulture)), (period.From, period.To));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026-13")]
    [InlineData("2026-00")]
    [InlineData("2026-Q5")]
    [InlineData("2026-Q0")]
    [InlineData("1999-01")]
    [InlineData("2026-1")]
    [InlineData("2026/11")]
    [InlineData("+026-11")]
    [InlineData("2026-+1")]
    public void Anything_else_is_no_period(string? code) => Assert.Null(ReportPeriod.Parse(code));

    [Fact]
    public void Any_text_parses_to_nothing_or_to_a_period_that_names_itself()
    {
        Gen.OneOf(Gen.String, Gen.Int[1990, 3100].Select(Gen.Int[-1, 14], (y, m) => $"{y}-{m:D2}"), Gen.Int[1990, 3100].Select(Gen.Char, (y, c) => $"{y}-Q{c}"))
            .Sample(code =>
            {
                var period = ReportPeriod.Parse(code);
                return period is null || (period.Code == code && period.From <= period.To && ReportPeriod.Parse(period.Code) == period);
            });
    }

    [Fact]
    public void The_recent_periods_are_this_month_and_quarter_backwards()
    {
        var periods = ReportPeriod.Recent(new DateOnly(2026, 2, 10), months: 3, quarters: 2);

        Assert.Equal(["2026-02", "2026-01", "2025-12", "2026-Q1", "2025-Q4"], periods.Select(p => p.Code));
    }
}
