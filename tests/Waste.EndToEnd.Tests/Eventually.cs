namespace Waste.EndToEnd.Tests;

/// <summary>Waits for something another process or thread makes true, with a generous bound for slow CI machines.</summary>
internal static class Eventually
{
    public static async Task TrueAsync(Func<bool> condition, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(20));
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met in time");
            await Task.Delay(50);
        }
    }
}
