using System.Security.Cryptography;
using System.Text;
using Waste.Registry;

namespace Waste.Web.Public;

/// <summary>
/// Each device's public short code, printed under its QR code and typed by a citizen whose phone cannot scan: ten
/// characters of Crockford's base32 (no I, L, O or U to misread), from an HMAC of the device id under a key kept in the
/// data folder. Codes cannot be guessed from device ids nor walked through one by one, and device ids never leave the
/// server. Losing the key changes every code, so every printed label: back it up with the data folder.
/// </summary>
public sealed class PublicCodes
{
    /// <summary>Characters in a code.</summary>
    public const int Length = 10;

    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private readonly byte[] _key;
    private readonly IDeviceRegistry _registry;
    private volatile Dictionary<string, string>? _devices;

    /// <summary>Codes under <paramref name="key"/> for the devices of <paramref name="registry"/>.</summary>
    public PublicCodes(byte[] key, IDeviceRegistry registry)
    {
        _key = key;
        _registry = registry;
        _registry.Changed += _ => _devices = null;
    }

    /// <summary>Codes under the key in <paramref name="dataDirectory"/>'s <c>public-codes.key</c>, made on first use
    /// (owner-only).</summary>
    public static PublicCodes OpenIn(string dataDirectory, IDeviceRegistry registry)
    {
        var path = Path.Combine(dataDirectory, "public-codes.key");
        if (!File.Exists(path))
        {
            OwnerOnly.Folder(dataDirectory);
            try
            {
                using var file = new FileStream(path, OwnerOnly.NewFile(FileMode.CreateNew));
                file.Write(RandomNumberGenerator.GetBytes(32));
            }
            catch (IOException) when (File.Exists(path))
            {
                // Another host of the same folder made it first: use theirs.
            }
        }

        var key = File.ReadAllBytes(path);
        if (key.Length < 32)
        {
            throw new InvalidOperationException($"{path} holds {key.Length} bytes; a public code key has 32. Restore it from a backup (every printed label depends on it)");
        }

        return new PublicCodes(key, registry);
    }

    /// <summary>The code of <paramref name="deviceId"/>.</summary>
    public string CodeOf(string deviceId)
    {
        var hash = HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(deviceId));
        var bits = 0UL;
        for (var i = 0; i < 8; i++)
        {
            bits = bits << 8 | hash[i];
        }

        var code = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            code[i] = Alphabet[(int)(bits >> (64 - 5 * (i + 1)) & 31)];
        }

        return new string(code);
    }

    /// <summary>The code as printed: two groups of five.</summary>
    public static string Printed(string code) => code.Length == Length ? $"{code[..5]}-{code[5..]}" : code;

    /// <summary>The device a typed or scanned code names, or null. Case, dashes, spaces and the letters people confuse
    /// with digits (O, I, L) do not matter.</summary>
    public RegisteredDevice? Find(string? typed)
    {
        if (Normalise(typed) is not { } code)
        {
            return null;
        }

        var devices = _devices ??= Index();
        return devices.TryGetValue(code, out var id) ? _registry.Find(id) : null;
    }

    // Fifty bits: two of a million devices share a code with a chance of about 1 in 2,000; the first in id order keeps it.
    private Dictionary<string, string> Index()
    {
        var devices = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var device in _registry.All())
        {
            devices.TryAdd(CodeOf(device.Id), device.Id);
        }

        return devices;
    }

    /// <summary>The canonical form of a typed code, or null when it cannot be one.</summary>
    public static string? Normalise(string? typed)
    {
        if (typed is null || typed.Length > 2 * Length)
        {
            return null;
        }

        var code = new StringBuilder(Length);
        foreach (var c in typed.ToUpperInvariant())
        {
            var mapped = c switch { 'O' => '0', 'I' or 'L' => '1', _ => c };
            if (mapped is '-' or ' ')
            {
                continue;
            }

            if (!Alphabet.Contains(mapped, StringComparison.Ordinal) || code.Length == Length)
            {
                return null;
            }

            code.Append(mapped);
        }

        return code.Length == Length ? code.ToString() : null;
    }
}
