using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using Waste.Web.Public;

namespace Waste.Web.Tests.Citizens;

/// <summary>The proof of work: answered once, for its own device, with the bits it asks.</summary>
public sealed class ReportChallengeTests
{
    private readonly ReportChallenge _challenges = new(
        DataProtectionProvider.Create("waste-tests"), Options.Create(new PublicOptions { ProofOfWorkBits = 10 }));

    [Fact]
    public void An_answered_challenge_is_taken_once()
    {
        var (challenge, bits) = _challenges.Issue("ABCDE12345");
        var nonce = ProofOfWork.Solve(challenge, bits);

        Assert.Equal(10, bits);
        Assert.Null(_challenges.Check(challenge, nonce, "ABCDE12345"));
        Assert.Equal("this proof of work was used already", _challenges.Check(challenge, nonce, "ABCDE12345"));
    }

    [Fact]
    public void A_wrong_nonce_another_device_or_a_forged_challenge_is_refused()
    {
        var (challenge, bits) = _challenges.Issue("ABCDE12345");
        var nonce = ProofOfWork.Solve(challenge, bits);
        var wrong = Enumerable.Range(0, 1000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .First(n => n != nonce && ReportChallenge.LeadingZeroBits(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(challenge + n))) < bits);

        Assert.Equal("the proof of work does not hold", _challenges.Check(challenge, wrong, "ABCDE12345"));
        Assert.Equal("the proof of work's challenge is for another device", _challenges.Check(challenge, nonce, "ZZZZZ99999"));
        Assert.NotNull(_challenges.Check(challenge[..^4] + "AAAA", nonce, "ABCDE12345"));
        Assert.NotNull(_challenges.Check(null, nonce, "ABCDE12345"));
        Assert.Null(_challenges.Check(challenge, nonce, "ABCDE12345"));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF }, 0)]
    [InlineData(new byte[] { 0x00, 0x80 }, 8)]
    [InlineData(new byte[] { 0x00, 0x00, 0x01 }, 23)]
    [InlineData(new byte[] { 0x0F, 0x00 }, 4)]
    public void Leading_zero_bits_are_counted_across_bytes(byte[] hash, int bits) =>
        Assert.Equal(bits, ReportChallenge.LeadingZeroBits(hash));
}
