using SkiaSharp;

namespace Waste.Web.Tests.Citizens;

/// <summary>
/// A phone photo as a citizen's phone sends it: a JPEG 60 x 40 pixels stored sideways with EXIF orientation 6 (turn 90°
/// clockwise to view), a GPS position (10° 58' 48" N) and a comment segment naming the camera. The APP1 segment is
/// written here byte by byte (TIFF, big-endian), as the EXIF 2.3 specification lays it out.
/// </summary>
public static class ExifPhoto
{
    /// <summary>The comment the photo carries.</summary>
    public const string CameraComment = "camera-serial-4711";

    /// <summary>The photo.</summary>
    public static byte[] Jpeg()
    {
        using var bitmap = new SKBitmap(60, 40);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.SteelBlue);
            using var paint = new SKPaint { Color = SKColors.OrangeRed };
            canvas.DrawRect(0, 0, 20, 40, paint);
        }

        using var encoded = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        var jpeg = encoded.ToArray();
        // After the start-of-image marker: APP1 (EXIF) and a COM segment.
        return [.. jpeg[..2], .. App1(), .. Comment(), .. jpeg[2..]];
    }

    /// <summary>True when <paramref name="bytes"/> holds <paramref name="text"/> (ASCII).</summary>
    public static bool Contains(byte[] bytes, string text) =>
        bytes.AsSpan().IndexOf(System.Text.Encoding.ASCII.GetBytes(text)) >= 0;

    private static byte[] App1()
    {
        byte[] tiff =
        [
            0x4D, 0x4D, 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08,
            // IFD0 at 8: two entries.
            0x00, 0x02,
            0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, 0x06, 0x00, 0x00, // Orientation = 6
            0x88, 0x25, 0x00, 0x04, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x26, // GPS IFD at 38
            0x00, 0x00, 0x00, 0x00,
            // GPS IFD at 38: two entries.
            0x00, 0x02,
            0x00, 0x01, 0x00, 0x02, 0x00, 0x00, 0x00, 0x02, (byte)'N', 0x00, 0x00, 0x00, // GPSLatitudeRef = "N"
            0x00, 0x02, 0x00, 0x05, 0x00, 0x00, 0x00, 0x03, 0x00, 0x00, 0x00, 0x44, // GPSLatitude at 68
            0x00, 0x00, 0x00, 0x00,
            // At 68: 10/1, 58/1, 4800/100.
            0x00, 0x00, 0x00, 0x0A, 0x00, 0x00, 0x00, 0x01,
            0x00, 0x00, 0x00, 0x3A, 0x00, 0x00, 0x00, 0x01,
            0x00, 0x00, 0x12, 0xC0, 0x00, 0x00, 0x00, 0x64,
        ];
        byte[] header = [.. "Exif"u8, 0, 0];
        var length = 2 + header.Length + tiff.Length;
        return [0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. header, .. tiff];
    }

    private static byte[] Comment()
    {
        var text = System.Text.Encoding.ASCII.GetBytes(CameraComment);
        var length = 2 + text.Length;
        return [0xFF, 0xFE, (byte)(length >> 8), (byte)length, .. text];
    }
}
