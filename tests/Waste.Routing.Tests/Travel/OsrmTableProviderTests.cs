using System.Net;
using System.Text;
using Waste.Routing.Modelling;
using Waste.Routing.Travel;
using Waste.TestServers;

namespace Waste.Routing.Tests.Travel;

/// <summary>The OSRM client against a real HTTP server on loopback that answers with a recorded OSRM table response.</summary>
public sealed class OsrmTableProviderTests
{
    private static readonly GeoPoint[] Places = [new(10.9804, 106.6519), new(10.9861, 106.6588), new(10.9958, 106.6702)];

    [Fact]
    public async Task A_recorded_table_becomes_a_matrix_of_whole_metres_and_seconds_and_the_request_names_every_place()
    {
        var body = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Travel", "Recorded", "osrm-table-3.json"));
        var (matrix, request) = await Serve(body, http => new OsrmTableProvider(http).GetMatrixAsync(Places));
        Assert.Equal("/table/v1/driving/106.6519,10.9804;106.6588,10.9861;106.6702,10.9958", request.AbsolutePath);
        Assert.Equal("?annotations=distance,duration", request.Query);
        Assert.Equal(3, matrix.Size);
        Assert.Equal(1843, matrix.Metres[1]);
        Assert.Equal(2588, matrix.Metres[7]);
        Assert.Equal(498, matrix.Seconds[2]);
    }

    [Fact]
    public async Task A_pair_osrm_cannot_route_is_an_error_naming_the_places()
    {
        const string body = """{"code":"Ok","distances":[[0,null],[5,0]],"durations":[[0,null],[7,0]]}""";
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Serve(body, http => new OsrmTableProvider(http).GetMatrixAsync(Places[..2])));
        Assert.Contains("from place 0 to place 1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_osrm_error_answer_is_reported_with_its_code_and_message()
    {
        const string body = """{"code":"InvalidQuery","message":"Query string malformed close to position 42"}""";
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => Serve(body, http => new OsrmTableProvider(http).GetMatrixAsync(Places)));
        Assert.Contains("InvalidQuery", error.Message, StringComparison.Ordinal);
    }

    private static async Task<(T Result, Uri Request)> Serve<T>(string body, Func<HttpClient, Task<T>> call)
    {
        var port = LoopbackPorts.Next();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var served = Task.Run(async () =>
        {
            var context = await listener.GetContextAsync();
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.ContentType = "application/json";
            context.Response.ContentLength64 = bytes.Length;
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
            return context.Request.Url!;
        });
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };
        var result = await call(http);
        return (result, await served);
    }
}
