using System.Net;
using System.Text.Json;
using Npgsql;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

public sealed class ProfileTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task Anyone_can_read_the_choice_lists_with_Chinese_labels()
    {
        var options = await (await _client.GetAsync(new Uri("/api/v1/profile-options", UriKind.Relative))).ReadOkAsync<JsonElement>();

        var idTypes = options.GetProperty("idTypes").EnumerateArray().ToList();
        Assert.Equal("residentId", idTypes[0].GetProperty("value").GetString());
        Assert.Equal("居民身份证", idTypes[0].GetProperty("label").GetString());
        Assert.Equal(5, idTypes.Count);
        Assert.Equal("男", options.GetProperty("genders")[0].GetProperty("label").GetString());
        Assert.Equal(57, options.GetProperty("ethnicities").GetArrayLength());
        Assert.Equal("汉族", options.GetProperty("ethnicities")[0].GetProperty("value").GetString());
        Assert.Contains("一级教师", options.GetProperty("titles").EnumerateArray().Select(o => o.GetProperty("value").GetString()));
        Assert.Contains("idNumber", options.GetProperty("requiredFields").Strings());
        Assert.Contains("isHeadTeacher", options.GetProperty("requiredFields").Strings());
    }

    [Fact]
    public async Task A_new_teacher_has_an_empty_profile_with_every_required_field_missing()
    {
        var teacher = await _client.TeacherAsync();
        var profile = await (await _client.GetProfileAsync(teacher.Token)).ReadOkAsync<JsonElement>();

        Assert.Equal(teacher.AccountId, profile.GetProperty("accountId").GetGuid());
        Assert.Equal("notSubmitted", profile.Status());
        Assert.Equal(JsonValueKind.Null, profile.GetProperty("idNumber").ValueKind);
        Assert.Equal(JsonValueKind.Null, profile.GetProperty("school").ValueKind);
        Assert.Empty(profile.GetProperty("lockedFields").Strings());
        Assert.False(profile.GetProperty("completeness").GetProperty("isComplete").GetBoolean());
        Assert.Equal(14, profile.GetProperty("completeness").GetProperty("missingFields").GetArrayLength());
    }

    [Fact]
    public async Task A_teacher_completes_the_profile_picks_a_school_and_waits_for_verification()
    {
        var (_, schoolId) = await DirectorySeed.CreateSchoolInNewCountyAsync(api.ConnectionString);
        var teacher = await _client.TeacherAsync();
        var idNumber = TestIdNumbers.Next(male: false);

        var saved = await _client.PutProfileOkAsync(teacher.Token, ProfileApi.CompleteProfile(idNumber, schoolId, "李娜", "female"));

        Assert.Equal("pending", saved.Status());
        Assert.True(saved.GetProperty("verification").GetProperty("submittedAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5));
        Assert.True(saved.GetProperty("completeness").GetProperty("isComplete").GetBoolean());
        Assert.Empty(saved.GetProperty("completeness").GetProperty("missingFields").Strings());
        var school = saved.GetProperty("school");
        Assert.Equal(schoolId, school.GetProperty("id").GetGuid());
        Assert.Equal(["山东省", "济南市", "历下区"], school.GetProperty("regionPath").Strings());
        Assert.Equal("primary", school.GetProperty("schoolSystem").GetString());
        Assert.False(school.GetProperty("isOther").GetBoolean());

        // The owner's own profile is the one place the full number is shown.
        var read = await (await _client.GetProfileAsync(teacher.Token)).ReadOkAsync<JsonElement>();
        Assert.Equal(idNumber, read.GetProperty("idNumber").GetString());
        Assert.Equal("李娜", read.GetProperty("realName").GetString());
        Assert.Equal("female", read.GetProperty("gender").GetString());
        Assert.Equal("residentId", read.GetProperty("idType").GetString());
        Assert.Equal(2010, read.GetProperty("entryYear").GetInt32());
        Assert.Equal("pending", read.Status());
    }

    [Fact]
    public async Task A_partial_profile_is_saved_and_what_is_missing_is_reported()
    {
        var teacher = await _client.TeacherAsync();
        var saved = await _client.PutProfileOkAsync(teacher.Token, new { realName = "王五", title = "二级教师" });

        Assert.Equal("王五", saved.GetProperty("realName").GetString());
        Assert.Equal("notSubmitted", saved.Status());
        var missing = saved.GetProperty("completeness").GetProperty("missingFields").Strings();
        Assert.DoesNotContain("realName", missing);
        Assert.DoesNotContain("title", missing);
        Assert.Contains("idNumber", missing);
        Assert.Contains("schoolId", missing);
    }

    [Fact]
    public async Task A_resident_ID_number_with_a_wrong_check_digit_is_refused_on_idNumber()
    {
        var teacher = await _client.TeacherAsync();
        var body = ProfileApi.CompleteProfile(TestIdNumbers.WithWrongCheck(TestIdNumbers.Next()), null);

        var problem = await (await _client.PutProfileAsync(teacher.Token, body)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("validation_failed", problem.Code);
        Assert.Equal(["idNumber"], problem.Errors.Keys);
        Assert.Contains("身份证号码不正确", problem.Errors["idNumber"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gender_disagreeing_with_the_ID_number_is_refused_on_gender()
    {
        var teacher = await _client.TeacherAsync();
        var body = ProfileApi.CompleteProfile(TestIdNumbers.Next(male: true), null, gender: "female");

        var problem = await (await _client.PutProfileAsync(teacher.Token, body)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("validation_failed", problem.Code);
        Assert.Equal(["gender"], problem.Errors.Keys);
    }

    [Fact]
    public async Task Values_outside_the_choice_lists_and_a_future_entry_year_are_refused()
    {
        var teacher = await _client.TeacherAsync();
        var body = ProfileApi.CompleteProfile(TestIdNumbers.Next(), null);
        body["title"] = "教授";
        body["ethnicity"] = "火星族";
        body["entryYear"] = DateTimeOffset.UtcNow.Year + 2;
        body["realName"] = "张三3";

        var problem = await (await _client.PutProfileAsync(teacher.Token, body)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("validation_failed", problem.Code);
        Assert.Equal(["entryYear", "ethnicity", "realName", "title"], problem.Errors.Keys.Order());
    }

    [Fact]
    public async Task An_ID_number_without_its_type_and_an_unknown_type_are_refused()
    {
        var teacher = await _client.TeacherAsync();

        var withoutType = await _client.PutProfileAsync(teacher.Token, new { idNumber = TestIdNumbers.Next() });
        Assert.Equal(["idType"], (await withoutType.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors.Keys);

        var unknownType = await _client.PutProfileAsync(teacher.Token, new { idType = "driverLicence", idNumber = "A12345" });
        Assert.Equal("request.malformed", (await unknownType.ReadProblemAsync(HttpStatusCode.BadRequest)).Code);
    }

    [Fact]
    public async Task A_passport_number_is_accepted_without_the_resident_ID_check()
    {
        var teacher = await _client.TeacherAsync();
        var number = "E" + TestIdNumbers.Next()[..8];
        var saved = await _client.PutProfileOkAsync(teacher.Token, new { realName = "John Smith", idType = "passport", idNumber = number });
        Assert.Equal(number, saved.GetProperty("idNumber").GetString());
    }

    [Fact]
    public async Task The_same_ID_number_cannot_belong_to_two_accounts_and_the_refusal_names_no_one()
    {
        var first = await _client.TeacherAsync();
        var second = await _client.TeacherAsync();
        var idNumber = TestIdNumbers.Next();
        await _client.PutProfileOkAsync(first.Token, ProfileApi.CompleteProfile(idNumber, null));

        // The lower-case x or spaces make no difference: the number is normalised before hashing.
        var response = await _client.PutProfileAsync(second.Token, ProfileApi.CompleteProfile(" " + idNumber.ToLowerInvariant(), null));
        var problem = await response.ReadProblemAsync(HttpStatusCode.Conflict);

        Assert.Equal("accounts.id_number_taken", problem.Code);
        var text = problem.Body.GetRawText();
        Assert.DoesNotContain(first.Phone, text, StringComparison.Ordinal);
        Assert.DoesNotContain(first.AccountId.ToString(), text, StringComparison.OrdinalIgnoreCase);

        // The owner saving again with the same number is not a duplicate of themselves.
        await _client.PutProfileOkAsync(first.Token, ProfileApi.CompleteProfile(idNumber, null, realName: "张三丰"));
    }

    [Fact]
    public async Task An_unknown_school_is_refused()
    {
        var teacher = await _client.TeacherAsync();
        var body = ProfileApi.CompleteProfile(TestIdNumbers.Next(), Guid.CreateVersion7());

        var problem = await (await _client.PutProfileAsync(teacher.Token, body)).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("accounts.school_not_found", problem.Code);
        Assert.Equal(["schoolId"], problem.Errors.Keys);
    }

    [Fact]
    public async Task Only_teacher_accounts_have_a_profile()
    {
        var phone = TestPhones.Next();
        var code = await _client.SendCodeAsync(phone, "register");
        var created = await _client.PostJsonAsync("/api/v1/accounts",
            new { phone, smsCode = code, password = AccountsApi.Password, identity = "student", nickname = "小明", userAgreementVersion = 1, privacyPolicyVersion = 1 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var token = (await _client.SignInOkAsync(phone)).AccessToken;

        Assert.Equal("accounts.not_a_teacher", (await (await _client.GetProfileAsync(token)).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        Assert.Equal("accounts.not_a_teacher",
            (await (await _client.PutProfileAsync(token, new { realName = "小明" })).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
        Assert.Equal("accounts.not_a_teacher",
            (await (await _client.SendAsync(HttpMethod.Delete, "/api/v1/me/profile/school", token)).ReadProblemAsync(HttpStatusCode.Conflict)).Code);
    }

    [Fact]
    public async Task The_profile_needs_a_signed_in_caller()
    {
        Assert.Equal("auth.unauthenticated", (await (await _client.GetProfileAsync(null)).ReadProblemAsync(HttpStatusCode.Unauthorized)).Code);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.PutProfileAsync(null, new { realName = "张三" })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.SendAsync(HttpMethod.Delete, "/api/v1/me/profile/school", null)).StatusCode);
    }

    [Fact]
    public async Task Removing_a_school_when_there_is_none_is_refused()
    {
        var teacher = await _client.TeacherAsync();
        var response = await _client.SendAsync(HttpMethod.Delete, "/api/v1/me/profile/school", teacher.Token);
        Assert.Equal("accounts.no_school", (await response.ReadProblemAsync(HttpStatusCode.Conflict)).Code);
    }

    [Fact]
    public async Task The_ID_number_is_encrypted_at_rest_and_not_re_encrypted_when_unchanged()
    {
        var teacher = await _client.TeacherAsync();
        var idNumber = TestIdNumbers.Next();
        await _client.PutProfileOkAsync(teacher.Token, ProfileApi.CompleteProfile(idNumber, null));

        var row = await ProfileRowAsync(teacher.AccountId);
        Assert.DoesNotContain(idNumber, row, StringComparison.Ordinal);
        Assert.DoesNotContain(idNumber[6..14], row, StringComparison.Ordinal); // not even the birth date
        Assert.Contains(idNumber[..2] + "**************" + idNumber[^2..], row, StringComparison.Ordinal);
        var cipher = await CipherAsync(teacher.AccountId);

        var body = ProfileApi.CompleteProfile(idNumber, null);
        body["title"] = "高级教师";
        await _client.PutProfileOkAsync(teacher.Token, body);
        Assert.Equal(cipher, await CipherAsync(teacher.AccountId));
    }

    [Fact]
    public async Task Choosing_the_counties_other_entry_is_a_normal_submission()
    {
        var county = await DirectorySeed.CreateCountyAsync(api.ConnectionString, "河北省", "石家庄市", "长安区");
        var other = await DirectorySeed.CreateSchoolAsync(api.ConnectionString, county.CountyId, isOther: true);
        var teacher = await _client.TeacherAsync();

        var saved = await _client.PutProfileOkAsync(teacher.Token, ProfileApi.CompleteProfile(TestIdNumbers.Next(), other));

        Assert.True(saved.GetProperty("school").GetProperty("isOther").GetBoolean());
        Assert.Equal("其他", saved.GetProperty("school").GetProperty("name").GetString());
        Assert.Equal(["河北省", "石家庄市", "长安区"], saved.GetProperty("school").GetProperty("regionPath").Strings());
    }

    [Theory]
    [InlineData("{\"realName\": ")]
    [InlineData("{\"realName\": 5}")]
    [InlineData("{\"schoolId\": \"not-a-guid\"}")]
    [InlineData("{\"isHeadTeacher\": \"yes\"}")]
    [InlineData("{\"gender\": 0}")]
    [InlineData("")]
    public async Task Unreadable_profile_bodies_are_400_request_malformed(string body)
    {
        var teacher = await _client.TeacherAsync();
        var request = new HttpRequestMessage(HttpMethod.Put, new Uri("/api/v1/me/profile", UriKind.Relative))
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", teacher.Token);

        var problem = await (await _client.SendAsync(request)).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("request.malformed", problem.Code);
    }

    private async Task<string> ProfileRowAsync(Guid accountId)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT row_to_json(p)::text FROM accounts.teacher_profiles p WHERE account_id = @id", connection);
        command.Parameters.AddWithValue("id", accountId);
        return (string)(await command.ExecuteScalarAsync())!;
    }

    private async Task<string> CipherAsync(Guid accountId)
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT id_number_cipher FROM accounts.teacher_profiles WHERE account_id = @id", connection);
        command.Parameters.AddWithValue("id", accountId);
        return (string)(await command.ExecuteScalarAsync())!;
    }
}
