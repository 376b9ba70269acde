using Waste.Registry;

namespace Waste.Web.Public;

/// <summary>The cleaned photos of citizen reports, one JPEG per report in the data folder's <c>citizen-photos/</c>,
/// named by the device's public code and the report's token (both checked characters only: no path can be named).</summary>
public sealed class PhotoStore(string folder)
{
    /// <summary>The store in <paramref name="dataDirectory"/>.</summary>
    public static PhotoStore In(string dataDirectory) => new(Path.Combine(dataDirectory, "citizen-photos"));

    /// <summary>Keeps a photo.</summary>
    public async Task SaveAsync(string code, string token, byte[] jpeg, CancellationToken cancellationToken)
    {
        OwnerOnly.Folder(folder);
        var path = PathOf(code, token);
        await using (var part = new FileStream(path + ".part", OwnerOnly.NewFile(FileMode.Create)))
        {
            await part.WriteAsync(jpeg, cancellationToken);
        }

        File.Move(path + ".part", path, overwrite: true);
    }

    /// <summary>A kept photo, or null.</summary>
    public async Task<byte[]?> ReadAsync(string code, string token, CancellationToken cancellationToken)
    {
        var path = PathOf(code, token);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }

    private string PathOf(string code, string token)
    {
        if (PublicCodes.Normalise(code) != code || !ReportToken.IsWellFormed(token))
        {
            throw new ArgumentException("not a code and token", nameof(token));
        }

        return Path.Combine(folder, $"{code}-{token}.jpg");
    }
}
