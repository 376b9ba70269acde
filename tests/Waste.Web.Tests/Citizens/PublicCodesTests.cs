using CsCheck;
using Waste.Registry;
using Waste.Telemetry;
using Waste.Web.Public;

namespace Waste.Web.Tests.Citizens;

/// <summary>Public codes: ten unambiguous characters from a keyed hash, read back however a citizen types them.</summary>
public sealed class PublicCodesTests
{
    private static readonly byte[] Key = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    [Fact]
    public void A_code_names_its_device_typed_in_lower_case_with_a_dash_or_with_o_for_zero()
    {
        var registry = new ListRegistry(SimulatedDevice.Toilet("wc-code-0001"), SimulatedDevice.Toilet("wc-code-0002"));
        var codes = new PublicCodes(Key, registry);
        var code = codes.CodeOf("wc-code-0001");

        Assert.Equal(PublicCodes.Length, code.Length);
        Assert.DoesNotContain(code, c => "ILOU".Contains(c));
        Assert.Equal("wc-code-0001", codes.Find(code)!.Id);
        Assert.Equal("wc-code-0001", codes.Find(PublicCodes.Printed(code).ToLowerInvariant())!.Id);
        Assert.Equal("wc-code-0001", codes.Find(code.Replace('0', 'O').Replace('1', 'l'))!.Id);
        Assert.Null(codes.Find("AAAAA-AAAAA"));
        Assert.NotEqual(code, new PublicCodes([.. Key.Reverse()], registry).CodeOf("wc-code-0001"));
    }

    [Fact]
    public void Anything_typed_is_either_a_code_or_nothing_and_never_throws()
    {
        var codes = new PublicCodes(Key, new ListRegistry(SimulatedDevice.Toilet("wc-code-0003")));
        Gen.String.Sample(typed =>
        {
            var normal = PublicCodes.Normalise(typed);
            Assert.True(normal is null || normal.Length == PublicCodes.Length);
            _ = codes.Find(typed);
        }, iter: 2000);
    }

    /// <summary>A registry of fixed devices.</summary>
    private sealed class ListRegistry(params RegisteredDevice[] devices) : IDeviceRegistry
    {
        public event Action<RegisteredDevice>? Changed { add { } remove { } }

        public RegisteredDevice? Find(string id) => devices.FirstOrDefault(d => d.Id == id);

        public IReadOnlyList<RegisteredDevice> All() => devices;

        public Task SaveAsync(IEnumerable<RegisteredDevice> devices, CancellationToken cancellationToken = default) => throw new NotSupportedException();
    }
}
