using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Waste.Web.Public;

namespace Waste.Web.Tests.Citizens;

/// <summary>What a citizen's browser does before a report, done by the test: fetch a challenge, find the nonce.</summary>
public static class ProofOfWork
{
    /// <summary>A challenge for <paramref name="code"/> and a nonce that answers it.</summary>
    public static async Task<(string Challenge, string Nonce)> SolveAsync(HttpClient http, string code)
    {
        var answer = await http.GetFromJsonAsync<JsonElement>($"/api/public/challenge?code={code}");
        var challenge = answer.GetProperty("challenge").GetString()!;
        return (challenge, Solve(challenge, answer.GetProperty("bits").GetInt32()));
    }

    /// <summary>The first nonce whose SHA-256(challenge + nonce) has <paramref name="bits"/> leading zero bits.</summary>
    public static string Solve(string challenge, int bits)
    {
        for (var nonce = 0; ; nonce++)
        {
            var text = nonce.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (ReportChallenge.LeadingZeroBits(SHA256.HashData(Encoding.UTF8.GetBytes(challenge + text))) >= bits)
            {
                return text;
            }
        }
    }

    /// <summary>A report as the form sends it, with its proof of work.</summary>
    public static async Task<HttpResponseMessage> ReportAsync(HttpClient http, string code, string category, string? comment = null, byte[]? photo = null, string photoType = "image/jpeg")
    {
        var (challenge, nonce) = await SolveAsync(http, code);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(code), "code" },
            { new StringContent(category), "category" },
            { new StringContent(challenge), "challenge" },
            { new StringContent(nonce), "nonce" },
        };
        if (comment is not null)
        {
            form.Add(new StringContent(comment), "comment");
        }

        if (photo is not null)
        {
            var content = new ByteArrayContent(photo);
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(photoType);
            form.Add(content, "photo", "photo.jpg");
        }

        return await http.PostAsync("/api/public/reports", form);
    }
}
