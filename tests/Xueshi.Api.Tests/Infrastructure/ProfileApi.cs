using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;

namespace Xueshi.Api.Tests.Infrastructure;

internal sealed record SignedInTeacher(Guid AccountId, string Phone, string Token);

/// <summary>The profile and verification API as the SPA calls it.</summary>
internal static class ProfileApi
{
    public static async Task<SignedInTeacher> TeacherAsync(this HttpClient client, string nickname = "张老师")
    {
        var phone = TestPhones.Next();
        var accountId = await client.RegisterAsync(phone, nickname);
        return new SignedInTeacher(accountId, phone, (await client.SignInOkAsync(phone)).AccessToken);
    }

    /// <summary>Every required field filled; callers change what the story needs.</summary>
    public static Dictionary<string, object?> CompleteProfile(string idNumber, Guid? schoolId, string realName = "张三", string gender = "male") => new()
    {
        ["realName"] = realName,
        ["idType"] = "residentId",
        ["idNumber"] = idNumber,
        ["gender"] = gender,
        ["ethnicity"] = "汉族",
        ["politicalStatus"] = "中共党员",
        ["education"] = "本科",
        ["teacherType"] = "专任教师",
        ["schoolId"] = schoolId,
        ["stage"] = "小学",
        ["subject"] = "语文",
        ["title"] = "一级教师",
        ["isPsychologyTeacher"] = false,
        ["isHeadTeacher"] = true,
        ["entryYear"] = 2010,
        ["itAbility"] = "熟练",
    };

    public static Task<HttpResponseMessage> SendAsync(this HttpClient client, HttpMethod method, string url, string? token, object? body = null) =>
        client.SendAsAsync(token, method, url, body);

    public static Task<HttpResponseMessage> GetProfileAsync(this HttpClient client, string? token) =>
        client.SendAsync(HttpMethod.Get, "/api/v1/me/profile", token);

    public static Task<HttpResponseMessage> PutProfileAsync(this HttpClient client, string? token, object body) =>
        client.SendAsync(HttpMethod.Put, "/api/v1/me/profile", token, body);

    public static async Task<JsonElement> PutProfileOkAsync(this HttpClient client, string token, object body) =>
        await (await client.PutProfileAsync(token, body)).ReadOkAsync<JsonElement>();

    public static Task<HttpResponseMessage> DecideAsync(this HttpClient client, string? token, Guid schoolId, object body) =>
        client.SendAsync(HttpMethod.Post, $"/api/v1/schools/{schoolId}/verifications", token, body);

    /// <summary>Outcome per teacher of a bulk decision.</summary>
    public static async Task<Dictionary<Guid, string>> DecideOkAsync(this HttpClient client, string token, Guid schoolId, object body)
    {
        var answer = await (await client.DecideAsync(token, schoolId, body)).ReadOkAsync<JsonElement>();
        return answer.GetProperty("results").EnumerateArray()
            .ToDictionary(r => r.GetProperty("accountId").GetGuid(), r => r.GetProperty("outcome").GetString()!);
    }

    public static Task<HttpResponseMessage> ListTeachersAsync(this HttpClient client, string? token, Guid schoolId, string query = "") =>
        client.SendAsync(HttpMethod.Get, $"/api/v1/schools/{schoolId}/teachers{query}", token);

    public static string Status(this JsonElement profile) => profile.GetProperty("verification").GetProperty("status").GetString()!;

    public static string[] Strings(this JsonElement array) => array.EnumerateArray().Select(e => e.GetString()!).ToArray();

    /// <summary>Outbox rows of an event type about an account, with their cause where the event has one.</summary>
    public static async Task<List<string?>> OutboxCausesAsync(string connectionString, string eventType, Guid accountId)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT payload->>'cause' FROM accounts.outbox_messages WHERE type LIKE @type AND payload->>'accountId' = @id ORDER BY occurred_at",
            connection);
        command.Parameters.AddWithValue("type", $"%{eventType}%");
        command.Parameters.AddWithValue("id", accountId.ToString());
        var causes = new List<string?>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            causes.Add(reader.IsDBNull(0) ? null : reader.GetString(0));
        }

        return causes;
    }
}
