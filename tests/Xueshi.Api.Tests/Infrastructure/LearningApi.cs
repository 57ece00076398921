using System.Net;
using System.Text.Json;

namespace Xueshi.Api.Tests.Infrastructure;

/// <summary>The player's calls: start a playback, and later heartbeats and quizzes.</summary>
internal static class LearningApi
{
    public static Task<HttpResponseMessage> StartPlaybackAsync(this HttpClient client, string? token, Guid programId, Guid resourceId, object? body = null) =>
        client.SendAsAsync(token, HttpMethod.Post, $"/api/v1/programs/{programId}/resources/{resourceId}/playbacks", body ?? new { });

    public static async Task<JsonElement> StartPlaybackOkAsync(this HttpClient client, string token, Guid programId, Guid resourceId, object? body = null) =>
        await (await client.StartPlaybackAsync(token, programId, resourceId, body)).ReadOkAsync<JsonElement>(HttpStatusCode.Created);
}
