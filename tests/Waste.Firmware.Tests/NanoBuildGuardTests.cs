using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Waste.Firmware.Tests;

/// <summary>
/// What the nanoFramework compiler cannot catch: the device runtime cannot load generic types or methods even though
/// they compile against its mscorlib. These tests read the nano build's output and fail on any.
/// </summary>
public class NanoBuildGuardTests
{
    /// <summary>The two builds against nanoFramework's mscorlib: the core alone, and the ESP32 application with it.</summary>
    public static readonly TheoryData<string> NanoBuilds = new()
    {
        "Waste.Firmware.Core.Nano/Waste.Firmware.Core.dll",
        "Waste.Firmware.Esp32.Check/Waste.Firmware.Esp32.Check.dll",
    };

    [Fact]
    public void The_cores_nano_build_references_nanoFrameworks_mscorlib_alone()
    {
        using var reader = Open("Waste.Firmware.Core.Nano/Waste.Firmware.Core.dll", out var metadata);

        var references = metadata.AssemblyReferences
            .Select(h => metadata.GetAssemblyReference(h))
            .Select(r => $"{metadata.GetString(r.Name)} {r.Version}")
            .ToArray();

        Assert.Equal(["mscorlib 1.17.11.0"], references);
    }

    [Theory]
    [MemberData(nameof(NanoBuilds))]
    public void Nano_build_defines_no_generic_types_or_methods(string build)
    {
        using var reader = Open(build, out var metadata);

        var genericTypes = metadata.TypeDefinitions
            .Select(h => metadata.GetTypeDefinition(h))
            .Where(t => t.GetGenericParameters().Count > 0)
            .Select(t => metadata.GetString(t.Name));
        var genericMethods = metadata.MethodDefinitions
            .Select(h => metadata.GetMethodDefinition(h))
            .Where(m => m.GetGenericParameters().Count > 0)
            .Select(m => metadata.GetString(m.Name));

        Assert.Empty(genericTypes.Concat(genericMethods));
    }

    [Theory]
    [MemberData(nameof(NanoBuilds))]
    public void Nano_build_uses_no_generic_instantiations(string build)
    {
        using var reader = Open(build, out var metadata);

        Assert.Equal(0, metadata.GetTableRowCount(TableIndex.MethodSpec));
        var genericInstances = Enumerable.Range(1, metadata.GetTableRowCount(TableIndex.TypeSpec))
            .Select(row => metadata.GetTypeSpecification(MetadataTokens.TypeSpecificationHandle(row)).Signature)
            .Count(blob => metadata.GetBlobReader(blob).ReadSignatureTypeCode() == SignatureTypeCode.GenericTypeInstance);
        Assert.Equal(0, genericInstances);
    }

    // A build named as project/assembly, in the configuration the tests were built in.
    internal static PEReader Open(string build, out MetadataReader metadata)
    {
        var path = Path.Combine(RepositoryPaths.FirmwareOutput(Path.GetDirectoryName(build)!), Path.GetFileName(build));
        Assert.True(File.Exists(path), $"build Waste.sln first: {path} is missing");
        var reader = new PEReader(File.OpenRead(path));
        metadata = reader.GetMetadataReader();
        return reader;
    }
}
