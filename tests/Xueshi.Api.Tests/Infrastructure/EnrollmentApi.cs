using System.Net;
using System.Text.Json;

namespace Xueshi.Api.Tests.Infrastructure;

/// <summary>The teacher-facing catalog and enrollment API as the SPA calls it.</summary>
internal static class EnrollmentApi
{
    public static Task<HttpResponseMessage> EnrollAsync(this HttpClient client, string? token, Guid programId) =>
        client.SendAsAsync(token, HttpMethod.Post, $"/api/v1/programs/{programId}/enrollment");

    public static async Task<JsonElement> GetOkAsync(this HttpClient client, string token, string url) =>
        await (await client.SendAsAsync(token, HttpMethod.Get, url)).ReadOkAsync<JsonElement>();

    /// <summary>A teacher with a complete profile at a new school of the given 学制 (stored name: Primary, SecondaryVocational, …).</summary>
    public static async Task<SignedInTeacher> TeacherAtSchoolAsync(this HttpClient client, string connectionString, string schoolSystem = "Primary",
        bool otherSchool = false, string realName = "张三")
    {
        var county = await DirectorySeed.CreateCountyAsync(connectionString);
        var school = await DirectorySeed.CreateSchoolAsync(connectionString, county.CountyId, schoolSystem: schoolSystem, isOther: otherSchool);
        var teacher = await client.TeacherAsync();
        await client.PutProfileOkAsync(teacher.Token, ProfileApi.CompleteProfile(TestIdNumbers.Next(), school, realName));
        return teacher;
    }

    public static async Task<JsonElement> EnrollOkAsync(this HttpClient client, string token, Guid programId, HttpStatusCode expected = HttpStatusCode.Created) =>
        await (await client.EnrollAsync(token, programId)).ReadOkAsync<JsonElement>(expected);
}
