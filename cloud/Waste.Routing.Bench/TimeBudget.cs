using System.Globalization;

namespace Waste.Routing.Bench;

/// <summary>A time limit per instance: a fixed number of seconds (<c>30</c>) or seconds per customer (<c>2.4n</c>).</summary>
public sealed record TimeBudget(double Seconds, bool PerCustomer)
{
    /// <summary>Parses <c>30</c>, <c>0.5</c> or <c>2.4n</c>; null when the text is neither.</summary>
    public static TimeBudget? Parse(string text)
    {
        var perCustomer = text.EndsWith('n');
        var number = perCustomer ? text[..^1] : text;
        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 && double.IsFinite(seconds)
            ? new TimeBudget(seconds, perCustomer)
            : null;
    }

    /// <summary>The limit for an instance with <paramref name="customers"/> customers.</summary>
    public TimeSpan For(int customers) => TimeSpan.FromSeconds(PerCustomer ? Seconds * customers : Seconds);

    /// <inheritdoc />
    public override string ToString() => PerCustomer ? $"{Seconds.ToString(CultureInfo.InvariantCulture)}n s" : $"{Seconds.ToString(CultureInfo.InvariantCulture)} s";
}
