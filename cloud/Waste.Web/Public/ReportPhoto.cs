using SkiaSharp;

namespace Waste.Web.Public;

/// <summary>
/// A citizen's photo made safe to keep: only JPEG, PNG or WebP (by their content, not their name), at most
/// <see cref="MaxPixels"/> before decoding, turned upright as the camera said, scaled to fit <see cref="MaxSide"/> and
/// encoded afresh as JPEG. The new file carries pixels only: no EXIF (GPS position, time, phone model), XMP or
/// comment survives.
/// </summary>
public static class ReportPhoto
{
    /// <summary>The longest side kept, pixels.</summary>
    public const int MaxSide = 1600;

    /// <summary>The most pixels a photo may claim before it is decoded (a small file can claim a huge image).</summary>
    public const long MaxPixels = 50_000_000;

    /// <summary>The JPEG quality of the kept photo.</summary>
    public const int Quality = 82;

    private static readonly SKEncodedImageFormat[] Accepted = [SKEncodedImageFormat.Jpeg, SKEncodedImageFormat.Png, SKEncodedImageFormat.Webp];

    /// <summary>The photo re-encoded without metadata, or why it was refused.</summary>
    public static (byte[]? Jpeg, string? Error) Clean(byte[] upload)
    {
        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data);
        if (codec is null || !Accepted.Contains(codec.EncodedFormat))
        {
            return (null, "the photo must be a JPEG, PNG or WebP image");
        }

        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            return (null, $"the photo has more than {MaxPixels / 1_000_000} million pixels");
        }

        using var decoded = SKBitmap.Decode(codec, codec.Info.WithColorType(SKColorType.Rgba8888).WithAlphaType(SKAlphaType.Premul));
        if (decoded is null)
        {
            return (null, "the photo could not be read");
        }

        using var upright = Upright(decoded, codec.EncodedOrigin);
        var scale = Math.Min(1.0, (double)MaxSide / Math.Max(upright.Width, upright.Height));
        var width = Math.Max(1, (int)Math.Round(upright.Width * scale));
        var height = Math.Max(1, (int)Math.Round(upright.Height * scale));
        using var surface = SKSurface.Create(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Premul));
        surface.Canvas.Clear(SKColors.White);
        using var image = SKImage.FromBitmap(upright);
        surface.Canvas.DrawImage(image, new SKRect(0, 0, width, height), new SKSamplingOptions(SKCubicResampler.Mitchell));
        using var snapshot = surface.Snapshot();
        using var jpeg = snapshot.Encode(SKEncodedImageFormat.Jpeg, Quality);
        return (jpeg.ToArray(), null);
    }

    // The camera's orientation is metadata too: applied to the pixels before the metadata goes.
    private static SKBitmap Upright(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft)
        {
            return bitmap.Copy();
        }

        var turned = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var result = new SKBitmap(turned ? bitmap.Height : bitmap.Width, turned ? bitmap.Width : bitmap.Height);
        using var canvas = new SKCanvas(result);
        canvas.SetMatrix(OriginMatrix(origin, bitmap.Width, bitmap.Height));
        canvas.DrawBitmap(bitmap, 0, 0);
        return result;
    }

    private static SKMatrix OriginMatrix(SKEncodedOrigin origin, int width, int height) => origin switch
    {
        SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, width, 0, 1, 0, 0, 0, 1),
        SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, width, 0, -1, height, 0, 0, 1),
        SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, height, 0, 0, 1),
        SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightTop => new SKMatrix(0, -1, height, 1, 0, 0, 0, 0, 1),
        SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, height, -1, 0, width, 0, 0, 1),
        SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, width, 0, 0, 1),
        _ => SKMatrix.Identity,
    };
}
