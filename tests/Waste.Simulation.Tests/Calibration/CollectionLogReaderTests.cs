using CsCheck;
using Waste.Simulation.Calibration;

namespace Waste.Simulation.Tests.Calibration;

/// <summary>The collection log reader: the Edinburgh format read as local times, bad rows counted and never thrown.</summary>
public sealed class CollectionLogReaderTests
{
    private const string Header = "event_id,site_id,site_name,address,content_type,collected_at_local_europe_london,fill_before_pct,volume_l,weight_kg,partial,confidence";

    private static readonly CollectionLogReader Reader = new(CollectionLogReader.EuropeLondon);

    [Fact]
    public void The_extract_reads_whole_with_Edinburgh_summer_time()
    {
        var log = Reader.Read(EdinburghExtract.Path);

        Assert.Equal(597, log.Events.Count);
        Assert.Equal(0, log.RejectedRows);
        Assert.Equal(23, log.Events.Select(e => e.SiteId).Distinct().Count());
        Assert.All(log.Events, e => Assert.Equal(TimeSpan.FromHours(1), e.CollectedAt.Offset));
        Assert.All(log.Events, e => Assert.InRange(e.FillBeforePercent, 0, 100));
    }

    [Fact]
    public void Bad_rows_are_counted_with_their_reasons_and_good_ones_kept()
    {
        var text = string.Join('\n',
            Header,
            "1,10,a,b,Mixed,2016-06-03T10:00:00,50,120,8,0,100",
            "2,x,a,b,Mixed,2016-06-03T10:00:00,50,120,8,0,100",
            "3,10,a,b,Mixed,yesterday,50,120,8,0,100",
            "4,10,a,b,Mixed,2016-06-04T10:00:00,150,120,8,0,100",
            "5,10,a,b,Mixed,2016-06-05T10:00:00,,120,8,0,100",
            "6,10,a,b,Mixed,2016-06-06T10:00:00,40,,8,0,100");

        var log = Reader.Read(new StringReader(text));

        Assert.Equal(2, log.Events.Count);
        Assert.Equal(4, log.RejectedRows);
        Assert.Contains(log.Reasons, r => r.Contains("site_id", StringComparison.Ordinal));
        Assert.Contains(log.Reasons, r => r.Contains("fill_before_pct", StringComparison.Ordinal));
        Assert.Null(log.Events[1].VolumeLitres);
    }

    [Fact]
    public void A_log_without_the_needed_columns_is_refused_by_name()
    {
        var error = Assert.Throws<InvalidDataException>(() => Reader.Read(new StringReader("site_id,fill_before_pct\n1,50")));

        Assert.Contains("collected_at_local_europe_london", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Any_row_is_either_read_or_counted_never_thrown()
    {
        Gen.OneOf("", "x", "10", "-5", "2016-06-03T10:00:00", "2016-13-40T99:00:00", "2016-03-27T01:30:00", "50", "100.5", "NaN", "1e308", "Mixed")
            .Array[0, 12].Select(fields => string.Join(',', fields))
            .Sample(row =>
            {
                var log = Reader.Read(new StringReader(Header + "\n" + row + "\n1,10,a,b,Mixed,2016-06-03T10:00:00,50,120,8,0,100"));
                Assert.Equal(2, log.Events.Count + log.RejectedRows + (string.IsNullOrWhiteSpace(row) ? 1 : 0));
            });
    }
}
