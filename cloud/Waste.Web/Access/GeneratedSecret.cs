using System.Security.Cryptography;

namespace Waste.Web.Access;

/// <summary>Random secrets made on this machine: passwords and API tokens never come from the repository.</summary>
public static class GeneratedSecret
{
    // No 0/O, 1/l/I: a password is read off a screen and typed.
    private const string PasswordAlphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private const string TokenAlphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    /// <summary>A password of 16 characters (about 93 bits).</summary>
    public static string Password() => RandomNumberGenerator.GetString(PasswordAlphabet, 16);

    /// <summary>An API token secret of 40 characters (about 238 bits) after the prefix <see cref="ApiTokens.Prefix"/>.</summary>
    public static string Token() => ApiTokens.Prefix + RandomNumberGenerator.GetString(TokenAlphabet, 40);
}
