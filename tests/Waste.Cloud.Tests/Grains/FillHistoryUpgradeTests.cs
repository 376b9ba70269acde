using Microsoft.Extensions.DependencyInjection;
using Orleans.Serialization;
using Waste.Grains.Bins;

namespace Waste.Cloud.Tests.Grains;

/// <summary>A bin's state written before the history was split into two archives still loads: the old archive's
/// fields are skipped, and the history starts again.</summary>
public class FillHistoryUpgradeTests
{
    [Fact]
    public void A_state_holding_the_earlier_single_archive_loads_with_an_empty_history_and_records_again()
    {
        using var services = new ServiceCollection().AddSerializer().BuildServiceProvider();
        var serializer = services.GetRequiredService<Serializer>();
        var earlier = new EarlierState { History = new EarlierFillHistory { Fill = Enumerable.Repeat((byte)80, 2_880).ToArray(), NewestSlot = 1_900_000 } };

        var loaded = serializer.Deserialize<CurrentState>(serializer.SerializeToArray(earlier))!;

        var now = new DateTimeOffset(2026, 11, 26, 8, 0, 0, TimeSpan.Zero);
        Assert.Empty(loaded.History.Between(now.AddDays(-30), now));
        loaded.History.Record(now, 42);
        Assert.Equal([(now, 42.0)], loaded.History.Between(now.AddHours(-1), now));
    }
}

/// <summary>The shape a bin's history had before: 30 days at 15 minutes in one array.</summary>
[GenerateSerializer]
public sealed class EarlierFillHistory
{
    [Id(0)] public byte[] Fill { get; set; } = [];
    [Id(1)] public long NewestSlot { get; set; }
}

/// <summary>A state holding the earlier history.</summary>
[GenerateSerializer]
public sealed class EarlierState
{
    [Id(0)] public EarlierFillHistory History { get; set; } = new();
}

/// <summary>The same state with today's history.</summary>
[GenerateSerializer]
public sealed class CurrentState
{
    [Id(0)] public FillHistory History { get; set; } = new();
}
