using System.Text.Json;

namespace Xueshi.Api.Tests.Infrastructure;

/// <summary>The credit-rules console and the teacher's credit page as the SPA calls them.</summary>
internal static class CreditRulesApi
{
    public static string RulesUrl(Guid programId) => $"/api/v1/admin/programs/{programId}/credit-rules";

    /// <summary>One course credited per resource: the listed resources' hours, nothing for the others.</summary>
    public static object PerResourceCourse(Guid courseId, decimal required, decimal? max, params (Guid ResourceId, decimal Hours)[] hours) => new
    {
        courseId,
        requiredHours = required,
        maxHours = max,
        basis = new
        {
            kind = "perResource",
            resourceHours = hours.Select(h => new { resourceId = h.ResourceId, hours = h.Hours }).ToArray(),
            defaultResourceHours = 0,
        },
        quizzesGate = false,
        courseTestGates = false,
        isExtension = false,
    };

    public static object Rules(decimal requiredTotal, object[] courses, string description = "完成全部课程即认定学时。",
        bool waitsForProfile = true, bool waitsForVerification = false) => new
    {
        description,
        requiredTotalHours = requiredTotal,
        maxTotalHours = (decimal?)null,
        minutesPerHour = 45,
        creditWaitsForCompleteProfile = waitsForProfile,
        creditWaitsForVerification = waitsForVerification,
        roleRequirements = Array.Empty<object>(),
        courses,
    };

    public static async Task<(JsonElement Body, string ETag)> ReadRulesAsync(this HttpClient client, string op, Guid programId) =>
        await (await client.AdminAsync(op, HttpMethod.Get, RulesUrl(programId))).ReadTaggedAsync();

    public static Task<HttpResponseMessage> SaveDraftAsync(this HttpClient client, string op, Guid programId, object rules, string? ifMatch) =>
        client.AdminAsync(op, HttpMethod.Put, RulesUrl(programId) + "/draft", rules, ifMatch);

    public static Task<HttpResponseMessage> PublishDraftAsync(this HttpClient client, string op, Guid programId, string? ifMatch) =>
        client.AdminAsync(op, HttpMethod.Post, RulesUrl(programId) + "/draft/publish", null, ifMatch);

    /// <summary>Saves the rules as a draft and publishes it, as an operator does; returns the editor's view after the publish.</summary>
    public static async Task<JsonElement> PublishRulesAsync(this HttpClient client, string op, Guid programId, object rules)
    {
        var (_, etag) = await client.ReadRulesAsync(op, programId);
        var (_, saved) = await (await client.SaveDraftAsync(op, programId, rules, etag)).ReadTaggedAsync();
        return (await (await client.PublishDraftAsync(op, programId, saved)).ReadTaggedAsync()).Body;
    }

    public static async Task<JsonElement> CreditOkAsync(this HttpClient client, string token, Guid programId) =>
        await (await client.SendAsAsync(token, HttpMethod.Get, $"/api/v1/programs/{programId}/credit")).ReadOkAsync<JsonElement>();

    public static JsonElement CourseIn(JsonElement credit, Guid courseId) =>
        credit.GetProperty("courses").EnumerateArray().Single(c => c.GetProperty("courseId").GetGuid() == courseId);

    public static JsonElement ResourceIn(JsonElement credit, Guid resourceId) =>
        credit.GetProperty("courses").EnumerateArray().SelectMany(c => c.GetProperty("resources").EnumerateArray())
            .Single(r => r.GetProperty("resourceId").GetGuid() == resourceId);

    public static IReadOnlyList<string> Codes(JsonElement reasons) => [.. reasons.EnumerateArray().Select(r => r.GetProperty("code").GetString()!)];

    /// <summary>Plays a whole video (no quiz) to its end with the Host's test clock.</summary>
    public static async Task CompleteVideoAsync(this HttpClient client, XueshiApiFactory factory, string token, Guid programId, Guid videoId, double duration)
    {
        var player = await client.StartPlayerAsync(factory, token, programId, videoId);
        await player.PlayAsync();
        var last = await player.PlayToAsync(duration);
        Assert.Equal("completed", last.Progress().GetProperty("state").GetString());
    }

    /// <summary>Reads a text resource long enough (its minimum reading time is a minute in the seeded programs).</summary>
    public static async Task ReadTextAsync(this HttpClient client, XueshiApiFactory factory, string token, Guid programId, Guid textId)
    {
        var reader = await client.StartPlayerAsync(factory, token, programId, textId);
        await reader.PlayAsync();
        var last = await reader.PlayForAsync(65);
        Assert.Equal("completed", last.Progress().GetProperty("state").GetString());
    }
}
