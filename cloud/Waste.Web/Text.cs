namespace Waste.Web;

/// <summary>
/// The pages' text: <c>Resources/Text.resx</c> is Vietnamese (the default language), <c>Resources/Text.en.resx</c>
/// English. Keys are the English text, so a page reads as what it shows.
/// </summary>
public sealed class Text;
