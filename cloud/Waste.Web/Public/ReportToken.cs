using System.Security.Cryptography;

namespace Waste.Web.Public;

/// <summary>A report's token: 16 characters of Crockford's base32 (80 random bits). With the device's public code it
/// makes the reporter's link, <c>/public/reports/{code}-{token}</c>; whoever holds the link sees the report's state,
/// nobody can guess one.</summary>
public static class ReportToken
{
    /// <summary>Characters in a token.</summary>
    public const int Length = 16;

    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>A new token.</summary>
    public static string New()
    {
        var token = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            token[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(token);
    }

    /// <summary>True when <paramref name="token"/> has a token's form.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: Length } && token.All(c => Alphabet.Contains(c, StringComparison.Ordinal));

    /// <summary>The code and token of a reporter's link id (<c>{code}-{token}</c>), or null.</summary>
    public static (string Code, string Token)? Parse(string? id)
    {
        if (id is null || id.Length != PublicCodes.Length + 1 + Length || id[PublicCodes.Length] != '-')
        {
            return null;
        }

        var code = id[..PublicCodes.Length];
        var token = id[(PublicCodes.Length + 1)..];
        return PublicCodes.Normalise(code) == code && IsWellFormed(token) ? (code, token) : null;
    }
}
