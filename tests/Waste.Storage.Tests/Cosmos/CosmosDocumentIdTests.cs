using CsCheck;
using Orleans.Runtime;
using Waste.Storage.Cosmos;

namespace Waste.Storage.Tests.Cosmos;

public sealed class CosmosDocumentIdTests
{
    // Few characters, most of them special, so different inputs often come close to the same escaped text.
    private static readonly Gen<string> Awkward = Gen.String[Gen.Char["/\\?#%~|7EF2Cab\t"], 0, 12];

    [Fact]
    public void An_id_never_holds_a_character_Cosmos_forbids()
    {
        Gen.Select(Gen.String, Gen.String).Sample((stateName, grainKey) =>
        {
            var id = CosmosDocumentId.For(stateName, grainKey);
            Assert.DoesNotContain(id, c => c is '/' or '\\' or '?' or '#' or '%' || char.IsControl(c));
        });
    }

    [Fact]
    public void Different_state_names_or_grains_never_share_an_id()
    {
        Gen.Select(Awkward, Awkward, Awkward, Awkward).Sample((stateA, grainA, stateB, grainB) =>
        {
            var same = stateA == stateB && grainA == grainB;
            Assert.Equal(same, CosmosDocumentId.For(stateA, grainA) == CosmosDocumentId.For(stateB, grainB));
        }, iter: 100_000);
    }

    [Fact]
    public void The_state_name_and_grain_id_stay_readable()
    {
        Assert.Equal("bin|bin~2Fbin-0001", CosmosDocumentId.For("bin", GrainId.Create("bin", "bin-0001")));
    }

    [Fact]
    public void An_id_longer_than_Cosmos_allows_is_refused_with_the_reason()
    {
        var error = Assert.Throws<ArgumentException>(() => CosmosDocumentId.For("bin", new string('x', CosmosDocumentId.MaxBytes)));

        Assert.Contains("1023", error.Message, StringComparison.Ordinal);
    }
}
