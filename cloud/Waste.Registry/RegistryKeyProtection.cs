using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;

namespace Waste.Registry;

/// <summary>
/// Encrypts device keys at rest with ASP.NET Core Data Protection. The key ring lives in a folder next to the
/// registry (readable by its owner only); the host and the command-line tool share it. On a real deployment, protect
/// the key ring itself too (a certificate, or Azure Key Vault: see cloud/README.md).
/// </summary>
public static class RegistryKeyProtection
{
    private const string Purpose = "Waste.Registry.DeviceKeys.v1";

    /// <summary>The protector for the registry whose data folder is <paramref name="dataDirectory"/>.</summary>
    public static IDataProtector ForDataDirectory(string dataDirectory)
    {
        var keyRing = OwnerOnly.Folder(Path.Combine(dataDirectory, "keys"));
        if (!OperatingSystem.IsWindows())
        {
            keyRing.UnixFileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
        }

        var services = new ServiceCollection();
        services.AddDataProtection().SetApplicationName("waste-registry").PersistKeysToFileSystem(keyRing);
        return services.BuildServiceProvider().GetRequiredService<IDataProtectionProvider>().CreateProtector(Purpose);
    }
}
