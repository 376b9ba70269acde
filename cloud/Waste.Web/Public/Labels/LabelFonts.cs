using SkiaSharp;

namespace Waste.Web.Public.Labels;

/// <summary>DejaVu Sans (regular and bold; it has every Vietnamese letter), embedded from the npm package
/// <c>@fontsource/dejavu-sans</c> so labels print the same on a server without fonts.</summary>
public static class LabelFonts
{
    /// <summary>The regular face.</summary>
    public static SKTypeface Regular { get; } = Load("fonts.dejavu-sans-400.woff");

    /// <summary>The bold face.</summary>
    public static SKTypeface Bold { get; } = Load("fonts.dejavu-sans-700.woff");

    private static SKTypeface Load(string resource)
    {
        using var stream = typeof(LabelFonts).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource} is not embedded in Waste.Web");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"{resource} is not a font SkiaSharp reads");
    }
}
