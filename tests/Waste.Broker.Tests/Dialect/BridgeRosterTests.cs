using Waste.Hub.External;

namespace Waste.Broker.Tests.Dialect;

public class BridgeRosterTests
{
    [Fact]
    public void The_first_online_bridge_holds_every_offline_ones_session()
    {
        var roster = new BridgeRoster("silo-a");
        roster.Set("silo-b", online: true);
        roster.Set("silo-c", online: false);
        roster.Set("silo-d", online: false);

        Assert.Equal(["silo-c", "silo-d"], roster.SessionsToHold());
    }

    [Fact]
    public void A_bridge_after_the_first_online_one_holds_nothing()
    {
        var roster = new BridgeRoster("silo-b");
        roster.Set("silo-a", online: true);
        roster.Set("silo-c", online: false);

        Assert.Empty(roster.SessionsToHold());
    }

    [Fact]
    public void When_the_first_goes_offline_the_next_one_holds_its_session_too()
    {
        var roster = new BridgeRoster("silo-b");
        roster.Set("silo-a", online: true);
        roster.Set("silo-c", online: false);

        roster.Set("silo-a", online: false);

        Assert.Equal(["silo-a", "silo-c"], roster.SessionsToHold());
    }

    [Fact]
    public void A_bridge_never_holds_its_own_session_for_itself_even_when_its_old_status_says_offline()
    {
        var roster = new BridgeRoster("silo-a");
        roster.Set("silo-a", online: false);

        Assert.Empty(roster.SessionsToHold());
    }

    [Fact]
    public void Every_bridge_computes_the_same_holder_from_the_same_statuses()
    {
        var statuses = new[] { ("silo-a", false), ("silo-b", true), ("silo-c", true), ("silo-d", false) };
        var holders = new[] { "silo-b", "silo-c" }.Where(self =>
        {
            var roster = new BridgeRoster(self);
            foreach (var (id, online) in statuses)
            {
                roster.Set(id, online);
            }

            return roster.SessionsToHold().Count > 0;
        });

        Assert.Equal(["silo-b"], holders);
    }
}
