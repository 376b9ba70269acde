using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CsCheck;
using Waste.Reports.Documents;
using Waste.TestServers.DocumentStores;

namespace Waste.Reports.Tests.Contract;

/// <summary>
/// What every document store must do, whatever holds the data; each backend runs all of it through a subclass against
/// a real database or server. Point operations only: a read of nothing finds nothing; create refuses an existing
/// document; replace lands only with the ETag the store last issued; refused writes change nothing; and what a call
/// acknowledged is there after the store is opened again.
/// </summary>
public abstract class DocumentStoreContract(DocumentStoreBackend backend)
{
    private IDocumentStore Store => backend.Store;

    private static DocumentKey NewKey(string id = "day:2026-11-26") => new($"Thủ Dầu Một/Phú Cường {Guid.NewGuid():N}", id);

    private static byte[] Json(string text) => Encoding.UTF8.GetBytes(text);

    private static void AssertSameJson(string expected, ReadOnlyMemory<byte> actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), JsonNode.Parse(actual.Span)), $"expected {expected}, read {Encoding.UTF8.GetString(actual.Span)}");

    [Fact]
    public async Task Reading_a_document_never_written_finds_nothing() =>
        Assert.Null(await Store.ReadAsync(NewKey(), CancellationToken.None));

    [Fact]
    public async Task A_created_document_reads_back_with_its_etag()
    {
        var key = NewKey();
        const string written = """{"date":"2026-11-26","litres":{"Recyclable":240.5},"ward":"Phú Cường","notes":["a",null,1e-7]}""";

        var etag = await Store.CreateAsync(key, Json(written), CancellationToken.None);
        var read = await Store.ReadAsync(key, CancellationToken.None);

        Assert.False(string.IsNullOrEmpty(etag));
        Assert.NotNull(read);
        Assert.Equal(etag, read.ETag);
        AssertSameJson(written, read.Json);
    }

    [Fact]
    public async Task Creating_a_document_that_exists_is_refused_and_changes_nothing()
    {
        var key = NewKey();
        var etag = await Store.CreateAsync(key, Json("""{"n":1}"""), CancellationToken.None);

        Assert.Null(await Store.CreateAsync(key, Json("""{"n":2}"""), CancellationToken.None));
        var read = await Store.ReadAsync(key, CancellationToken.None);
        Assert.Equal(etag, read!.ETag);
        AssertSameJson("""{"n":1}""", read.Json);
    }

    [Fact]
    public async Task A_replace_with_the_current_etag_lands_and_issues_a_new_etag()
    {
        var key = NewKey();
        var first = await Store.CreateAsync(key, Json("""{"n":1}"""), CancellationToken.None);

        var second = await Store.ReplaceAsync(key, Json("""{"n":2}"""), first!, CancellationToken.None);
        var read = await Store.ReadAsync(key, CancellationToken.None);

        Assert.NotNull(second);
        Assert.NotEqual(first, second);
        Assert.Equal(second, read!.ETag);
        AssertSameJson("""{"n":2}""", read.Json);
    }

    [Fact]
    public async Task A_replace_with_a_stale_etag_is_refused_and_changes_nothing()
    {
        var key = NewKey();
        var first = await Store.CreateAsync(key, Json("""{"n":1}"""), CancellationToken.None);
        var second = await Store.ReplaceAsync(key, Json("""{"n":2}"""), first!, CancellationToken.None);

        Assert.Null(await Store.ReplaceAsync(key, Json("""{"n":3}"""), first!, CancellationToken.None));
        var read = await Store.ReadAsync(key, CancellationToken.None);
        Assert.Equal(second, read!.ETag);
        AssertSameJson("""{"n":2}""", read.Json);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not-an-etag")]
    [InlineData("999999")]
    [InlineData("\"00000000-0000-0000-0000-000000000000\"")]
    public async Task A_replace_with_an_etag_the_store_never_issued_is_refused(string forged)
    {
        var key = NewKey();
        var etag = await Store.CreateAsync(key, Json("""{"n":1}"""), CancellationToken.None);

        Assert.Null(await Store.ReplaceAsync(key, Json("""{"n":2}"""), forged, CancellationToken.None));
        Assert.Equal(etag, (await Store.ReadAsync(key, CancellationToken.None))!.ETag);
    }

    [Fact]
    public async Task Replacing_a_document_never_written_is_refused_and_creates_nothing()
    {
        var key = NewKey();

        Assert.Null(await Store.ReplaceAsync(key, Json("""{"n":1}"""), "1", CancellationToken.None));
        Assert.Null(await Store.ReadAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task Of_writers_holding_the_same_etag_exactly_one_wins()
    {
        var key = NewKey();
        var etag = await Store.CreateAsync(key, Json("""{"writer":-1}"""), CancellationToken.None);

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(writer =>
            Store.ReplaceAsync(key, Json($$"""{"writer":{{writer}}}"""), etag!, CancellationToken.None)));

        var winner = Assert.Single(results.Select((result, writer) => (result, writer)), r => r.result is not null);
        AssertSameJson($$"""{"writer":{{winner.writer}}}""", (await Store.ReadAsync(key, CancellationToken.None))!.Json);
    }

    [Fact]
    public async Task Of_writers_creating_the_same_document_exactly_one_wins()
    {
        var key = NewKey();

        var results = await Task.WhenAll(Enumerable.Range(0, 12).Select(writer =>
            Store.CreateAsync(key, Json($$"""{"writer":{{writer}}}"""), CancellationToken.None)));

        var winner = Assert.Single(results.Select((result, writer) => (result, writer)), r => r.result is not null);
        AssertSameJson($$"""{"writer":{{winner.writer}}}""", (await Store.ReadAsync(key, CancellationToken.None))!.Json);
    }

    [Fact]
    public async Task One_id_in_two_partitions_is_two_documents()
    {
        var ward = NewKey();
        var sameNameOtherDistrict = new DocumentKey(ward.Partition + " (Dĩ An)", ward.Id);

        await Store.CreateAsync(ward, Json("""{"n":1}"""), CancellationToken.None);
        await Store.CreateAsync(sameNameOtherDistrict, Json("""{"n":2}"""), CancellationToken.None);

        AssertSameJson("""{"n":1}""", (await Store.ReadAsync(ward, CancellationToken.None))!.Json);
        AssertSameJson("""{"n":2}""", (await Store.ReadAsync(sameNameOtherDistrict, CancellationToken.None))!.Json);
    }

    [Fact]
    public async Task A_document_over_the_size_limit_is_refused_and_the_stored_one_kept()
    {
        var key = NewKey();
        var etag = await Store.CreateAsync(key, Json("""{"n":1}"""), CancellationToken.None);
        var tooLarge = Json($$"""{"text":"{{new string('x', IDocumentStore.MaxDocumentBytes)}}"}""");

        await Assert.ThrowsAsync<DocumentTooLargeException>(() => Store.ReplaceAsync(key, tooLarge, etag!, CancellationToken.None));
        await Assert.ThrowsAsync<DocumentTooLargeException>(() => Store.CreateAsync(NewKey(), tooLarge, CancellationToken.None));
        Assert.Equal(etag, (await Store.ReadAsync(key, CancellationToken.None))!.ETag);
    }

    [Fact]
    public async Task A_document_just_under_the_size_limit_round_trips()
    {
        var key = NewKey();
        var text = new string('x', IDocumentStore.MaxDocumentBytes - 20);

        await Store.CreateAsync(key, Json($$"""{"text":"{{text}}"}"""), CancellationToken.None);

        var read = JsonDocument.Parse((await Store.ReadAsync(key, CancellationToken.None))!.Json);
        Assert.Equal(text, read.RootElement.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("{\"n\":")]
    [InlineData("{\"n\":1} {\"n\":2}")]
    [InlineData("not json")]
    public async Task Text_that_is_not_one_JSON_value_is_refused(string text)
    {
        var key = NewKey();

        await Assert.ThrowsAsync<ArgumentException>(() => Store.CreateAsync(key, Json(text), CancellationToken.None));
        Assert.Null(await Store.ReadAsync(key, CancellationToken.None));
    }

    [Fact]
    public async Task What_was_acknowledged_is_there_after_the_store_is_opened_again()
    {
        var keys = Enumerable.Range(0, 50).Select(i => NewKey($"day:{i}")).ToList();
        foreach (var (key, i) in keys.Select((k, i) => (k, i)))
        {
            await Store.CreateAsync(key, Json($$"""{"n":{{i}}}"""), CancellationToken.None);
        }

        backend.Reopen();

        foreach (var (key, i) in keys.Select((k, i) => (k, i)))
        {
            AssertSameJson($$"""{"n":{{i}}}""", (await Store.ReadAsync(key, CancellationToken.None))!.Json);
        }
    }

    [Fact]
    public async Task Concurrent_merges_into_one_document_all_land()
    {
        var documents = new JsonDocuments(Store, JsonSerializerOptions.Default);
        var key = NewKey();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < 5; i++)
            {
                await documents.MergeAsync<List<string>>(key, stored => [.. stored ?? [], $"{writer}.{i}"], CancellationToken.None);
            }
        })));

        var merged = await documents.ReadAsync<List<string>>(key, CancellationToken.None);
        Assert.Equal(40, merged!.Count);
        Assert.Equal(40, merged.Distinct().Count());
    }

    [Fact]
    public async Task Random_partitions_and_documents_round_trip()
    {
        var partitions = Gen.String[Gen.Char["abcXYZ019/ ưộĐ|%?#\\~'\""], 1, 60];
        var ids = Gen.Select(Gen.Char.AlphaNumeric, Gen.String[Gen.Char["abcXYZ019-_.:"], 0, 80], Gen.Char.AlphaNumeric, (first, middle, last) => $"{first}{middle}{last}");
        // Cosmos DB keeps numbers as IEEE doubles: whole numbers are exact up to 2^53 only (see IDocumentStore).
        var values = Gen.Select(Gen.Double.Unit, Gen.String, Gen.Long[-(1L << 53), 1L << 53], (number, text, whole) => new { number, text, whole, list = new[] { text, "" } });
        await Gen.Select(partitions, ids, values).SampleAsync(async sample =>
        {
            var (partition, id, value) = sample;
            var key = new DocumentKey($"{Guid.NewGuid():N}{partition}", id);
            var json = JsonSerializer.SerializeToUtf8Bytes(value);

            await Store.CreateAsync(key, json, CancellationToken.None);

            AssertSameJson(Encoding.UTF8.GetString(json), (await Store.ReadAsync(key, CancellationToken.None))!.Json);
        }, iter: 60);
    }
}
