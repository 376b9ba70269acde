using System.Text.Json;

namespace Waste.Reports.Documents;

/// <summary>What every backend checks of a document before it writes: one JSON value, within the size limit.</summary>
internal static class DocumentJson
{
    /// <summary>Throws unless <paramref name="json"/> may be written at <paramref name="key"/>.</summary>
    /// <exception cref="DocumentTooLargeException">Over <see cref="IDocumentStore.MaxDocumentBytes"/>.</exception>
    /// <exception cref="ArgumentException">Not one JSON value.</exception>
    public static void Check(DocumentKey key, ReadOnlyMemory<byte> json)
    {
        if (json.Length > IDocumentStore.MaxDocumentBytes)
        {
            throw new DocumentTooLargeException(key, json.Length);
        }

        try
        {
            var reader = new Utf8JsonReader(json.Span);
            reader.Read();
            reader.Skip();
            if (reader.Read())
            {
                throw new ArgumentException($"document {key} holds more than one JSON value", nameof(json));
            }
        }
        catch (JsonException e)
        {
            throw new ArgumentException($"document {key} is not JSON: {e.Message}", nameof(json), e);
        }
    }
}
