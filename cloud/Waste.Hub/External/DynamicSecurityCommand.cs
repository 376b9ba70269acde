using System.Text.Json.Nodes;

namespace Waste.Hub.External;

/// <summary>The commands of Mosquitto's dynamic-security plugin the cloud uses, as the JSON the plugin reads on
/// <c>$CONTROL/dynamic-security/v1</c>.</summary>
public static class DynamicSecurityCommand
{
    /// <summary>Creates a role with its ACL entries, all allowing.</summary>
    public static JsonObject CreateRole(string role, IEnumerable<(string AclType, string Topic)> acls) => new()
    {
        ["command"] = "createRole",
        ["rolename"] = role,
        ["acls"] = new JsonArray([.. acls.Select(acl => (JsonNode)new JsonObject
        {
            ["acltype"] = acl.AclType,
            ["topic"] = acl.Topic,
            ["allow"] = true,
        })]),
    };

    /// <summary>Creates a client that must connect with <paramref name="clientId"/> and has <paramref name="role"/>.</summary>
    public static JsonObject CreateClient(string userName, string password, string clientId, string role) => new()
    {
        ["command"] = "createClient",
        ["username"] = userName,
        ["password"] = password,
        ["clientid"] = clientId,
        ["roles"] = new JsonArray(new JsonObject { ["rolename"] = role }),
    };

    /// <summary>Deletes a client; the broker disconnects it if it is connected.</summary>
    public static JsonObject DeleteClient(string userName) => new() { ["command"] = "deleteClient", ["username"] = userName };

    /// <summary>Refuses a client from now on; the broker disconnects it if it is connected.</summary>
    public static JsonObject DisableClient(string userName) => new() { ["command"] = "disableClient", ["username"] = userName };

    /// <summary>Lets a disabled client connect again.</summary>
    public static JsonObject EnableClient(string userName) => new() { ["command"] = "enableClient", ["username"] = userName };

    /// <summary>Gives a client one more role.</summary>
    public static JsonObject AddClientRole(string userName, string role) =>
        new() { ["command"] = "addClientRole", ["username"] = userName, ["rolename"] = role };

    /// <summary>One client, with its roles.</summary>
    public static JsonObject GetClient(string userName) => new() { ["command"] = "getClient", ["username"] = userName };

    /// <summary>Every client, with its roles and whether it is disabled.</summary>
    public static JsonObject ListClients() => new() { ["command"] = "listClients", ["verbose"] = true, ["count"] = -1 };

    /// <summary>Every role's name.</summary>
    public static JsonObject ListRoles() => new() { ["command"] = "listRoles", ["verbose"] = false, ["count"] = -1 };
}
