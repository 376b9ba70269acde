using Waste.Telemetry;
using Waste.Web.Public.Labels;

namespace Waste.Web.Tests.Citizens;

/// <summary>A printed sheet of device labels: every QR code on it opens its own device's report link.</summary>
public sealed class LabelSheetTests
{
    // Links whose QR codes have data modules that imitate a finder pattern: ZXing's single-code detector finds nothing
    // on a label of one of them alone (found by drawing 300 random links); the multi-code reader reads them.
    private static readonly string[] Tricky = ["http://127.0.0.1:35314/r/TP5NAQ0F32", "http://127.0.0.1:40981/r/GNZAYGM0AH", "http://127.0.0.1:39337/r/Z35EW644QS"];

    [Fact]
    public void A_full_sheet_reads_back_as_its_twelve_report_links()
    {
        var random = new Random(20261207);
        const string alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        var links = Tricky.Concat(Enumerable.Range(0, LabelSheet.PerSheet - Tricky.Length)
            .Select(_ => "https://waste.binhduong.gov.vn/r/" + new string([.. Enumerable.Range(0, 10).Select(_ => alphabet[random.Next(alphabet.Length)])]))).ToList();
        var labels = links.Select((link, i) => new DeviceLabel(link, link[^10..], i % 2 == 0 ? DeviceKind.Toilet : DeviceKind.Bin, "Phường Phú Cường", "Thủ Dầu Một")).ToList();

        var read = LabelScan.Links(LabelSheet.Png(labels, 1));

        Assert.Equal(links.Order(), read.Order());
    }
}
