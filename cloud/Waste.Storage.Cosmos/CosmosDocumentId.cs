using System.Globalization;
using System.Text;
using Orleans.Runtime;

namespace Waste.Storage.Cosmos;

/// <summary>
/// The id of the document holding one grain's state: the state name and the grain id, joined by '|'. Cosmos DB
/// forbids '/', '\', '?' and '#' in ids, and grain ids contain '/'. Those characters, '%' (ids travel in request
/// paths, where a server may read "%2F" as '/'), control characters, the separator and the escape character itself
/// are written as '~' and two hex digits. Every character else passes as it is, so two different (state name, grain
/// id) pairs never share an id.
/// </summary>
public static class CosmosDocumentId
{
    /// <summary>Cosmos DB's limit on an id, in UTF-8 bytes.</summary>
    public const int MaxBytes = 1023;

    private const char Escape = '~';
    private const char Separator = '|';

    /// <summary>The document id for <paramref name="stateName"/> of <paramref name="grainId"/>.</summary>
    /// <exception cref="ArgumentException">The id would exceed Cosmos DB's <see cref="MaxBytes"/>.</exception>
    public static string For(string stateName, GrainId grainId) => For(stateName, grainId.ToString());

    /// <summary>The document id for <paramref name="stateName"/> of the grain whose id reads <paramref name="grainId"/>.</summary>
    /// <exception cref="ArgumentException">The id would exceed Cosmos DB's <see cref="MaxBytes"/>.</exception>
    public static string For(string stateName, string grainId)
    {
        var id = new StringBuilder(stateName.Length + grainId.Length + 8);
        Append(id, stateName);
        id.Append(Separator);
        Append(id, grainId);
        var text = id.ToString();
        var bytes = Encoding.UTF8.GetByteCount(text);
        if (bytes > MaxBytes)
        {
            throw new ArgumentException(
                $"the Cosmos DB document id for state '{stateName}' of grain '{grainId}' would be {bytes} bytes; Cosmos DB allows {MaxBytes}",
                nameof(grainId));
        }

        return text;
    }

    private static void Append(StringBuilder id, string part)
    {
        foreach (var c in part)
        {
            if (MustEscape(c))
            {
                id.Append(Escape).Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                id.Append(c);
            }
        }
    }

    private static bool MustEscape(char c) =>
        c is '/' or '\\' or '?' or '#' or '%' or Escape or Separator || char.IsControl(c);
}
