namespace Waste.Web.Public;

/// <summary>
/// The citizens' pages' text: <c>Resources/Public/PublicText.resx</c> is Vietnamese (the default), <c>PublicText.en.resx</c>
/// English; keys are the English text. Kept apart from the staff's <see cref="Text"/>: a citizen's words are not a
/// dispatcher's.
/// </summary>
public sealed class PublicText;
