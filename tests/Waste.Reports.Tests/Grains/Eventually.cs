namespace Waste.Reports.Tests.Grains;

/// <summary>Waits for what a grain timer makes true, with a generous bound for slow CI machines.</summary>
internal static class Eventually
{
    public static async Task<T> FoundAsync<T>(Func<Task<T?>> find, TimeSpan within)
        where T : class
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            if (await find() is { } found)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, $"not found within {within}");
            await Task.Delay(200);
        }
    }
}
