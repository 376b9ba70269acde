using System.Globalization;

namespace Waste.Grains.Alerts;

/// <summary>
/// Why an alert was raised, as fields (<see cref="AlertRule"/> says which each rule fills): a page words them in its
/// reader's language and time zone. <see cref="Describe"/> gives the English sentence kept as the alert's detail.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AlertReason
{
    /// <summary>The rule.</summary>
    [Id(0)] public required AlertRule Rule { get; init; }

    /// <summary>What was measured, in the rule's unit.</summary>
    [Id(1)] public double? Value { get; init; }

    /// <summary>The rule's limit, in the same unit.</summary>
    [Id(2)] public double? Limit { get; init; }

    /// <summary>A second measure (H₂S of the odour rule).</summary>
    [Id(3)] public double? OtherValue { get; init; }

    /// <summary>Its limit.</summary>
    [Id(4)] public double? OtherLimit { get; init; }

    /// <summary>Since when the condition holds (last message, occupied since, last visit).</summary>
    [Id(5)] public DateTimeOffset? Since { get; init; }

    /// <summary>Readings that met the rule.</summary>
    [Id(6)] public int? Count { get; init; }

    /// <summary>Readings the rule looked back on.</summary>
    [Id(7)] public int? Window { get; init; }

    /// <summary>Names of alarms or faults.</summary>
    [Id(8)] public string[] Codes { get; init; } = [];

    /// <summary>A bin's fill reading at or above the overflow level.</summary>
    public static AlertReason Overflow(double fillPercent, double limitPercent) =>
        new() { Rule = AlertRule.FillAtOverflow, Value = Math.Round(fillPercent, 1), Limit = limitPercent };

    /// <summary>The device's own alarm.</summary>
    public static AlertReason Alarm(string name) => new() { Rule = AlertRule.DeviceAlarm, Codes = [name] };

    /// <summary>The English sentence of the reason, times in UTC.</summary>
    public string Describe() => Rule switch
    {
        AlertRule.FillAtOverflow => $"fill {N(Value)} % at or above the overflow level of {N(Limit)} %",
        AlertRule.TemperatureAtFire => $"{N(Value)} °C, at or above the fire limit of {N(Limit)} °C",
        AlertRule.TemperatureRising => $"temperature rising {N(Value)} °C a minute, at least {N(Limit)} °C a minute",
        AlertRule.DeviceAlarm => $"the device's alarm: {string.Join(", ", Codes)}",
        AlertRule.BatteryLow => $"battery {N(Value)} V, below {N(Limit)} V in {Count} readings in a row",
        AlertRule.SensorFault => $"sensor fault: {string.Join(", ", Codes)}",
        AlertRule.NoMessage => $"no message since {T(Since)}, longer than {N(Limit)} h",
        AlertRule.Odour => $"NH3 {N(Value)} ppm (limit {N(Limit)}), H2S {N(OtherValue)} ppm (limit {N(OtherLimit)}): over a limit in {Count} of the last {Window} readings",
        AlertRule.OccupiedTooLong => $"occupied since {T(Since)}, longer than {N(Limit)} min",
        AlertRule.NoVisits => $"no visit since {T(Since)}, while {N(Value)} were expected",
        _ => Rule.ToString(),
    };

    private static string N(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "?";

    private static string T(DateTimeOffset? time) => time?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "?";
}
