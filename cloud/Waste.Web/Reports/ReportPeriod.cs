using System.Globalization;

namespace Waste.Web.Reports;

/// <summary>A report's period: a calendar month (<c>2026-11</c>) or quarter (<c>2026-Q4</c>), in the city's days.</summary>
public sealed record ReportPeriod(string Code, DateOnly From, DateOnly To)
{
    /// <summary>True for a quarter.</summary>
    public bool IsQuarter => Code.Contains('Q', StringComparison.Ordinal);

    /// <summary>The period named by <paramref name="code"/>, or null when it names none (any text is safe).</summary>
    public static ReportPeriod? Parse(string? code)
    {
        if (code is not { Length: 7 } || code[4] != '-' || !int.TryParse(code.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            || year is < 2000 or > 2999)
        {
            return null;
        }

        if (code[5] == 'Q' && code[6] is >= '1' and <= '4')
        {
            var first = new DateOnly(year, (code[6] - '1') * 3 + 1, 1);
            return new ReportPeriod(code, first, first.AddMonths(3).AddDays(-1));
        }

        if (int.TryParse(code.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            var first = new DateOnly(year, month, 1);
            return new ReportPeriod(code, first, first.AddMonths(1).AddDays(-1));
        }

        return null;
    }

    /// <summary>The month holding <paramref name="day"/>.</summary>
    public static ReportPeriod MonthOf(DateOnly day) => Parse(day.ToString("yyyy-MM", CultureInfo.InvariantCulture))!;

    /// <summary>The quarter holding <paramref name="day"/>.</summary>
    public static ReportPeriod QuarterOf(DateOnly day) => Parse($"{day.Year:D4}-Q{(day.Month - 1) / 3 + 1}")!;

    /// <summary>The last <paramref name="months"/> months and <paramref name="quarters"/> quarters up to <paramref name="today"/>, newest first.</summary>
    public static IReadOnlyList<ReportPeriod> Recent(DateOnly today, int months, int quarters) =>
    [
        .. Enumerable.Range(0, months).Select(i => MonthOf(today.AddMonths(-i))),
        .. Enumerable.Range(0, quarters).Select(i => QuarterOf(today.AddMonths(-3 * i))),
    ];
}
