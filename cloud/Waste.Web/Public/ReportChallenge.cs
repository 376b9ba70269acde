using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Waste.Web.Public;

/// <summary>
/// The proof of work a report carries instead of a captcha: the server hands out a challenge for one device, sealed
/// with the Data Protection keys and valid for <see cref="Lifetime"/>; the browser finds a nonce whose
/// SHA-256(challenge + nonce) starts with <see cref="PublicOptions.ProofOfWorkBits"/> zero bits (a second or two on
/// a phone, in a worker while the citizen types); the server checks it with one hash and takes each challenge once.
/// Thousands of reports cost a sender thousands of those seconds.
/// </summary>
public sealed class ReportChallenge(IDataProtectionProvider protection, IOptions<PublicOptions> options)
{
    /// <summary>How long a challenge may be answered.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(15);

    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("waste-citizen-report-challenge").ToTimeLimitedDataProtector();
    private readonly ConcurrentDictionary<string, DateTimeOffset> _used = new(StringComparer.Ordinal);

    /// <summary>A new challenge for a report on the device of <paramref name="code"/>, and the bits it asks for.</summary>
    public (string Challenge, int Bits) Issue(string code)
    {
        var bits = options.Value.ProofOfWorkBits;
        var challenge = _protector.Protect($"{code}|{bits}|{Convert.ToHexString(RandomNumberGenerator.GetBytes(12))}", Lifetime);
        return (challenge, bits);
    }

    /// <summary>Null when <paramref name="nonce"/> answers <paramref name="challenge"/> for <paramref name="code"/> and
    /// the challenge was not used before (it is used now); otherwise why not.</summary>
    public string? Check(string? challenge, string? nonce, string code)
    {
        if (string.IsNullOrEmpty(challenge) || challenge.Length > 1000 || string.IsNullOrEmpty(nonce) || nonce.Length > 40)
        {
            return "the proof of work is missing";
        }

        string payload;
        try
        {
            payload = _protector.Unprotect(challenge, out _);
        }
        catch (CryptographicException)
        {
            return "the proof of work's challenge is not ours or has expired: load the form again";
        }

        var parts = payload.Split('|');
        if (parts.Length != 3 || parts[0] != code || !int.TryParse(parts[1], out var bits))
        {
            return "the proof of work's challenge is for another device";
        }

        if (LeadingZeroBits(SHA256.HashData(Encoding.UTF8.GetBytes(challenge + nonce))) < bits)
        {
            return "the proof of work does not hold";
        }

        var now = DateTimeOffset.UtcNow;
        if (!_used.TryAdd(parts[2], now + Lifetime))
        {
            return "this proof of work was used already";
        }

        foreach (var (key, until) in _used)
        {
            if (until < now)
            {
                _used.TryRemove(key, out _);
            }
        }

        return null;
    }

    /// <summary>Leading zero bits of <paramref name="hash"/>.</summary>
    public static int LeadingZeroBits(ReadOnlySpan<byte> hash)
    {
        var bits = 0;
        foreach (var b in hash)
        {
            if (b == 0)
            {
                bits += 8;
                continue;
            }

            return bits + System.Numerics.BitOperations.LeadingZeroCount((uint)b) - 24;
        }

        return bits;
    }
}
