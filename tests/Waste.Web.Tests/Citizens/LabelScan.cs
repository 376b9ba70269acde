using SkiaSharp;
using ZXing;
using ZXing.Common;
using ZXing.Multi.QrCode;

namespace Waste.Web.Tests.Citizens;

/// <summary>
/// The links in the QR codes of a label sheet PNG, read as a phone's camera reads them.
/// </summary>
/// <remarks>ZXing's single-code detector keeps the first finder-like patterns it meets, and about one perfectly drawn
/// code in a hundred has data modules that imitate one, so it finds nothing in a valid code (each such code decodes
/// read as a pure barcode); the multi-code reader weighs every candidate triple and reads them.</remarks>
public static class LabelScan
{
    /// <summary>Every link on the sheet, in no particular order.</summary>
    public static IReadOnlyList<string> Links(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png);
        var pixels = new byte[bitmap.Width * bitmap.Height];
        for (var y = 0; y < bitmap.Height; y++)
        {
            for (var x = 0; x < bitmap.Width; x++)
            {
                var colour = bitmap.GetPixel(x, y);
                pixels[y * bitmap.Width + x] = (byte)((colour.Red + colour.Green + colour.Blue) / 3);
            }
        }

        var source = new PlanarYUVLuminanceSource(pixels, bitmap.Width, bitmap.Height, 0, 0, bitmap.Width, bitmap.Height, false);
        var results = new QRCodeMultiReader().decodeMultiple(new BinaryBitmap(new HybridBinarizer(source)), new Dictionary<DecodeHintType, object> { [DecodeHintType.TRY_HARDER] = true });
        return results is null ? [] : [.. results.Select(r => r.Text)];
    }
}
