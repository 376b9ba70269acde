using QRCoder;
using SkiaSharp;
using Waste.Telemetry;

namespace Waste.Web.Public.Labels;

/// <summary>
/// A4 sheets of device labels, three across and four down (63 x 70 mm each, cut along the grey lines): each a QR code
/// of the device's report link, its public code in large letters for phones that cannot scan, what and where the
/// device is, and the call to report in Vietnamese and English. One drawing, two outputs: a PDF of every sheet
/// (vector: the QR code stays sharp at any printer's resolution) or one sheet as a PNG at <see cref="PngDpi"/>.
/// </summary>
public static class LabelSheet
{
    /// <summary>Labels per sheet.</summary>
    public const int PerSheet = Columns * Rows;

    /// <summary>The PNG's resolution, dots per inch.</summary>
    public const int PngDpi = 200;

    private const int Columns = 3;
    private const int Rows = 4;
    private const float PageWidth = 595.28f;
    private const float PageHeight = 841.89f;
    private const float Margin = 28f;
    private const float CellWidth = (PageWidth - 2 * Margin) / Columns;
    private const float CellHeight = (PageHeight - 2 * Margin) / Rows;

    // Baselines from the label's top (points): the two small lines and the link sit 11 points apart above the cut
    // line, the code's large letters above them, the QR code between them and the title.
    private const float TitleBaseline = 20f;
    private const float QrTop = 27f;
    private const float QrSide = 110f;
    private const float LinkBaseline = CellHeight - 8f;
    private const float WhereBaseline = LinkBaseline - 11f;
    private const float WhatBaseline = WhereBaseline - 11f;
    private const float CodeBaseline = WhatBaseline - 12.5f;

    /// <summary>The sheets needed for <paramref name="labels"/> labels.</summary>
    public static int Sheets(int labels) => Math.Max(1, (labels + PerSheet - 1) / PerSheet);

    /// <summary>Every sheet as one PDF.</summary>
    public static byte[] Pdf(IReadOnlyList<DeviceLabel> labels)
    {
        using var output = new MemoryStream();
        using (var document = SKDocument.CreatePdf(output, new SKDocumentPdfMetadata { Title = "Device labels", Creator = "Waste.Web", RasterDpi = PngDpi }))
        {
            for (var sheet = 0; sheet < Sheets(labels.Count); sheet++)
            {
                var canvas = document.BeginPage(PageWidth, PageHeight);
                Draw(canvas, labels.Skip(sheet * PerSheet).Take(PerSheet).ToList());
                document.EndPage();
            }

            document.Close();
        }

        return output.ToArray();
    }

    /// <summary>Sheet <paramref name="sheet"/> (from 1) as a PNG.</summary>
    public static byte[] Png(IReadOnlyList<DeviceLabel> labels, int sheet)
    {
        var scale = PngDpi / 72f;
        using var bitmap = new SKBitmap((int)Math.Ceiling(PageWidth * scale), (int)Math.Ceiling(PageHeight * scale));
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.White);
            canvas.Scale(scale);
            Draw(canvas, labels.Skip((sheet - 1) * PerSheet).Take(PerSheet).ToList());
        }

        using var png = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static void Draw(SKCanvas canvas, IReadOnlyList<DeviceLabel> labels)
    {
        using var cut = new SKPaint { Color = new SKColor(0xBB, 0xBB, 0xBB), StrokeWidth = 0.5f, Style = SKPaintStyle.Stroke, PathEffect = SKPathEffect.CreateDash([4, 3], 0) };
        for (var i = 0; i < labels.Count; i++)
        {
            var left = Margin + i % Columns * CellWidth;
            var top = Margin + i / Columns * CellHeight;
            canvas.DrawRect(left, top, CellWidth, CellHeight, cut);
            DrawLabel(canvas, labels[i], left, top);
        }
    }

    private static void DrawLabel(SKCanvas canvas, DeviceLabel label, float left, float top)
    {
        using var ink = new SKPaint { Color = SKColors.Black, IsAntialias = true };
        using var muted = new SKPaint { Color = new SKColor(0x44, 0x44, 0x44), IsAntialias = true };
        using var title = new SKFont(LabelFonts.Bold, 10.5f);
        using var small = new SKFont(LabelFonts.Regular, 7.5f);
        using var code = new SKFont(LabelFonts.Bold, 15f);
        var middle = left + CellWidth / 2;

        Centred(canvas, "Báo sự cố · Report a problem", middle, top + TitleBaseline, title, ink);
        DrawQr(canvas, label.Url, middle - QrSide / 2, top + QrTop, QrSide);
        Centred(canvas, PublicCodes.Printed(label.Code), middle, top + CodeBaseline, code, ink);
        var what = label.Kind == DeviceKind.Toilet ? "Nhà vệ sinh công cộng · Public toilet" : "Thùng rác · Waste bin";
        Centred(canvas, what, middle, top + WhatBaseline, small, muted);
        Centred(canvas, string.Join(", ", new[] { label.Ward, label.District }.OfType<string>()), middle, top + WhereBaseline, small, muted);
        Centred(canvas, label.Url, middle, top + LinkBaseline, small, muted);
    }

    private static void Centred(SKCanvas canvas, string text, float middle, float baseline, SKFont font, SKPaint paint)
    {
        // Shrunk to fit the label when a ward's name or an address is long.
        var width = font.MeasureText(text);
        var room = CellWidth - 12;
        if (width > room)
        {
            using var fitted = new SKFont(font.Typeface, font.Size * room / width);
            canvas.DrawText(text, middle, baseline, SKTextAlign.Center, fitted, paint);
            return;
        }

        canvas.DrawText(text, middle, baseline, SKTextAlign.Center, font, paint);
    }

    // The QR code's dark modules as squares (quiet zone included in the matrix), error correction Q: a label stays
    // readable with a quarter of it scratched or dirty.
    private static void DrawQr(SKCanvas canvas, string url, float left, float top, float side)
    {
        using var data = QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.Q);
        var matrix = data.ModuleMatrix;
        var module = side / matrix.Count;
        using var dark = new SKPaint { Color = SKColors.Black, IsAntialias = false, Style = SKPaintStyle.Fill };
        for (var row = 0; row < matrix.Count; row++)
        {
            for (var column = 0; column < matrix[row].Length; column++)
            {
                if (matrix[row][column])
                {
                    // A hair wider than the module so neighbours join without seams.
                    canvas.DrawRect(left + column * module, top + row * module, module + 0.05f, module + 0.05f, dark);
                }
            }
        }
    }
}
