using Waste.Storage.Cosmos;

namespace Waste.Storage.Tests.Cosmos;

public sealed class CosmosAccountTests
{
    [Theory]
    [InlineData("https://127.0.0.1:8081/")]
    [InlineData("https://localhost:8081/")]
    [InlineData("https://[::1]:8081/")]
    public void A_loopback_endpoint_gets_its_certificate_accepted_and_is_the_only_one_used(string endpoint)
    {
        var options = CosmosAccount.ClientOptions(new Uri(endpoint), "test");

        Assert.NotNull(options.ServerCertificateCustomValidationCallback);
        Assert.True(options.LimitToEndpoint);
    }

    [Theory]
    [InlineData("https://waste-binhduong.documents.azure.com:443/")]
    [InlineData("https://10.0.0.5:8081/")]
    [InlineData("https://127.0.0.1.example.com:8081/")]
    public void Any_other_endpoint_keeps_full_certificate_validation(string endpoint)
    {
        var options = CosmosAccount.ClientOptions(new Uri(endpoint), "test");

        Assert.Null(options.ServerCertificateCustomValidationCallback);
        Assert.False(options.LimitToEndpoint);
    }

    [Theory]
    [InlineData("AccountKey=abc;")]
    [InlineData("AccountEndpoint=not a uri;AccountKey=abc;")]
    public void A_connection_string_without_an_endpoint_is_refused_with_the_expected_form(string connectionString)
    {
        var error = Assert.Throws<ArgumentException>(() => CosmosAccount.Connect(connectionString, "test"));

        Assert.Contains("AccountEndpoint=https://", error.Message, StringComparison.Ordinal);
    }
}
