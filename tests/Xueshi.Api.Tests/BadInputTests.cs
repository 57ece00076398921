using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

/// <summary>Every Accounts endpoint answers bad input with a 4xx ProblemDetails and a stable code, never a 500.</summary>
public sealed class BadInputTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    public static TheoryData<string> JsonEndpoints => new()
    {
        "/api/v1/auth/sms-codes",
        "/api/v1/accounts",
        "/api/v1/auth/tokens",
        "/api/v1/auth/tokens/refresh",
        "/api/v1/auth/password-resets",
        "/api/v1/auth/sign-out",
    };

    /// <summary>
    /// Refresh and sign-out take an empty object on purpose: a browser's refresh token travels in the
    /// cookie (RefreshCookieTests).
    /// </summary>
    public static TheoryData<string> EndpointsWithRequiredFields => new()
    {
        "/api/v1/auth/sms-codes",
        "/api/v1/accounts",
        "/api/v1/auth/tokens",
        "/api/v1/auth/password-resets",
    };

    private Task<HttpResponseMessage> PostRawAsync(string url, string body, string contentType = "application/json") =>
        _client.PostAsync(new Uri(url, UriKind.Relative), new StringContent(body, Encoding.UTF8, contentType));

    [Theory]
    [MemberData(nameof(JsonEndpoints))]
    public async Task Malformed_JSON_is_400_request_malformed(string url)
    {
        var problem = await (await PostRawAsync(url, "{\"phone\": ")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("request.malformed", problem.Code);
    }

    [Theory]
    [MemberData(nameof(JsonEndpoints))]
    public async Task Wrong_types_are_400_request_malformed(string url)
    {
        var problem = await (await PostRawAsync(url, "{\"phone\": 13800138000, \"refreshToken\": [], \"purpose\": 7}"))
            .ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("request.malformed", problem.Code);
    }

    [Theory]
    [MemberData(nameof(EndpointsWithRequiredFields))]
    public async Task An_empty_object_is_400_with_field_errors(string url)
    {
        var problem = await (await PostRawAsync(url, "{}")).ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("validation_failed", problem.Code);
        Assert.NotEmpty(problem.Errors);
    }

    [Theory]
    [MemberData(nameof(JsonEndpoints))]
    public async Task A_missing_body_is_400(string url)
    {
        var response = await _client.PostAsync(new Uri(url, UriKind.Relative), new StringContent("", Encoding.UTF8, "application/json"));
        Assert.Equal("request.malformed", (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).Code);
    }

    [Theory]
    [MemberData(nameof(JsonEndpoints))]
    public async Task An_oversized_body_is_413(string url)
    {
        var huge = "{\"phone\":\"" + new string('1', 600_000) + "\"}";
        var problem = await (await PostRawAsync(url, huge)).ReadProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("request.too_large", problem.Code);
    }

    [Theory]
    [MemberData(nameof(JsonEndpoints))]
    public async Task A_non_JSON_content_type_is_415(string url)
    {
        var problem = await (await PostRawAsync(url, "phone=13800138000", "application/x-www-form-urlencoded"))
            .ReadProblemAsync(HttpStatusCode.UnsupportedMediaType);
        Assert.Equal("request.unsupported_media_type", problem.Code);
    }

    [Fact]
    public async Task The_consent_endpoints_answer_bad_input_with_ProblemDetails()
    {
        var teacher = await _client.NewSignedInAsync();
        foreach (var url in new[] { "/api/v1/me/consents", "/api/v1/me/basics" })
        {
            var malformed = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative))
            {
                Content = new StringContent("{\"userAgreementVersion\": ", Encoding.UTF8, "application/json"),
                Headers = { Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", teacher.AccessToken) },
            });
            Assert.Equal("request.malformed", (await malformed.ReadProblemAsync(HttpStatusCode.BadRequest)).Code);
            var empty = await _client.SendAsAsync(teacher.AccessToken, HttpMethod.Post, url, new { });
            Assert.NotEmpty((await empty.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors);
            var huge = await _client.SendAsAsync(teacher.AccessToken, HttpMethod.Post, url,
                new { identity = "teacher", nickname = new string('名', 21), userAgreementVersion = int.MaxValue, privacyPolicyVersion = -1 });
            Assert.Equal("validation_failed", (await huge.ReadProblemAsync(HttpStatusCode.BadRequest)).Code);
        }

        var longKind = await _client.GetAsync(new Uri($"/api/v1/legal-documents/{new string('x', 200)}", UriKind.Relative));
        Assert.Equal("validation_failed", (await longKind.ReadProblemAsync(HttpStatusCode.BadRequest)).Code);
        var publish = await _client.SendAsAsync(teacher.AccessToken, HttpMethod.Post, "/api/v1/legal-documents/userAgreement/versions",
            new { title = "", text = new string('字', 50_001) });
        Assert.Equal(["text", "title"], (await publish.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors.Keys.Order().ToArray());
    }

    [Fact]
    public async Task The_catalog_enrollment_and_review_endpoints_answer_bad_input_with_ProblemDetails()
    {
        var teacher = await _client.NewSignedInAsync();
        var someone = Guid.CreateVersion7();
        foreach (var query in new[] { "status=finished", "status=" + new string('x', 100), "page=0", "page=10001", "pageSize=0", "pageSize=51", "page=abc" })
        {
            var response = await _client.SendAsAsync(teacher.AccessToken, HttpMethod.Get, $"/api/v1/programs?{query}");
            var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
            Assert.True(problem.Code is "validation_failed" or "request.malformed", query);
        }

        foreach (var query in new[] { "page=0", "pageSize=51" })
        {
            var response = await _client.SendAsAsync(teacher.AccessToken, HttpMethod.Get, $"/api/v1/courses/{someone}/reviews?{query}");
            Assert.Equal("validation_failed", (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).Code);
        }

        // Ids that are not UUIDs do not match a route: 404 ProblemDetails, never a 500.
        foreach (var url in new[] { "/api/v1/programs/1", "/api/v1/programs/abc/enrollment", "/api/v1/programs/x/courses/y", "/api/v1/courses/1/like", "/api/v1/trainings/0" })
        {
            Assert.Equal("not_found", (await (await _client.SendAsAsync(teacher.AccessToken, HttpMethod.Get, url)).ReadProblemAsync(HttpStatusCode.NotFound)).Code);
        }

        var review = $"/api/v1/courses/{someone}/reviews/mine";
        foreach (var body in new[] { "{\"stars\": ", "{\"stars\": \"five\", \"comment\": []}", "" })
        {
            var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Put, new Uri(review, UriKind.Relative))
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
                Headers = { Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", teacher.AccessToken) },
            });
            Assert.Equal("request.malformed", (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).Code);
        }

        var form = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Put, new Uri(review, UriKind.Relative))
        {
            Content = new StringContent("stars=5", Encoding.UTF8, "application/x-www-form-urlencoded"),
            Headers = { Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", teacher.AccessToken) },
        });
        Assert.Equal("request.unsupported_media_type", (await form.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType)).Code);
        var invalid = await _client.SendAsAsync(teacher.AccessToken, HttpMethod.Put, review, new { stars = 9, comment = new string('好', 501) });
        Assert.Equal(["comment", "stars"], (await invalid.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors.Keys.Order().ToArray());
    }

    [Fact]
    public async Task Registration_names_each_bad_field()
    {
        var response = await _client.PostJsonAsync("/api/v1/accounts",
            new { phone = "12345", smsCode = "abc", password = "short", nickname = new string('名', 21) });
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal(["identity", "nickname", "password", "phone", "privacyPolicyVersion", "smsCode", "userAgreementVersion"], problem.Errors.Keys.Order().ToArray());
    }

    [Fact]
    public async Task Malformed_heartbeats_are_400_with_a_code_and_change_nothing()
    {
        var teacher = await _client.NewSignedInAsync();
        var url = $"/api/v1/playbacks/{Guid.CreateVersion7()}/heartbeats";
        var invalid = new (object Body, string Field)[]
        {
            (new { positionSeconds = 1.0, playing = true }, "sequence"),
            (new { sequence = 0, positionSeconds = 1.0, playing = true }, "sequence"),
            (new { sequence = 1, positionSeconds = -1.0, playing = true }, "positionSeconds"),
            (new { sequence = 1, positionSeconds = 90_000.0, playing = true }, "positionSeconds"),
            (new { sequence = 1, positionSeconds = 1.0, playbackRate = 100.0, playing = true }, "playbackRate"),
            (new { sequence = 1, positionSeconds = 1.0 }, "playing"),
        };
        foreach (var (body, field) in invalid)
        {
            var problem = await (await _client.SendAsAsync(teacher.AccessToken, HttpMethod.Post, url, body)).ReadProblemAsync(HttpStatusCode.BadRequest);
            Assert.Equal("validation_failed", problem.Code);
            Assert.Equal([field], problem.Errors.Keys.ToArray());
        }

        foreach (var raw in new[] { "{\"sequence\": ", "{\"sequence\": \"one\", \"playing\": true}", "{\"sequence\": 1, \"playing\": true, \"event\": \"jump\"}", "" })
        {
            var response = await _client.SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative))
            {
                Content = new StringContent(raw, Encoding.UTF8, "application/json"),
                Headers = { Authorization = new AuthenticationHeaderValue("Bearer", teacher.AccessToken) },
            });
            Assert.Equal("request.malformed", (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).Code);
        }
    }

    [Fact]
    public async Task An_unknown_identity_is_refused()
    {
        var response = await _client.PostJsonAsync("/api/v1/accounts",
            new { phone = TestPhones.Next(), smsCode = "123456", password = "Abc123456", identity = "alien", nickname = "x", userAgreementVersion = 1, privacyPolicyVersion = 1 });
        Assert.Equal("request.malformed", (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).Code);
    }

    [Fact]
    public async Task Signing_in_with_both_password_and_code_is_refused()
    {
        var response = await _client.SignInAsync(TestPhones.Next(), "Abc123456", "123456");
        var problem = await response.ReadProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("password", problem.Errors.Keys);
    }

    [Fact]
    public async Task Unknown_API_paths_and_wrong_methods_are_ProblemDetails()
    {
        var missing = await _client.GetAsync(new Uri("/api/v1/no-such-thing", UriKind.Relative));
        Assert.Equal("not_found", (await missing.ReadProblemAsync(HttpStatusCode.NotFound)).Code);

        var wrongMethod = await _client.DeleteAsync(new Uri("/api/v1/me", UriKind.Relative));
        Assert.Equal("method_not_allowed", (await wrongMethod.ReadProblemAsync(HttpStatusCode.MethodNotAllowed)).Code);
    }

    [Fact]
    public async Task Messages_are_Chinese_by_default_and_English_on_request()
    {
        var chinese = await (await _client.SignInAsync(TestPhones.Next(), "Wrong12345")).ReadProblemAsync(HttpStatusCode.Unauthorized);

        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/v1/auth/tokens", UriKind.Relative))
        {
            Content = new StringContent($"{{\"phone\":\"{TestPhones.Next()}\",\"password\":\"Wrong12345\"}}", Encoding.UTF8, "application/json"),
        };
        request.Headers.AcceptLanguage.ParseAdd("en-US,en;q=0.9");
        var english = await (await _client.SendAsync(request)).ReadProblemAsync(HttpStatusCode.Unauthorized);

        Assert.Equal(chinese.Code, english.Code);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", chinese.Title);
        Assert.DoesNotMatch(@"\p{IsCJKUnifiedIdeographs}", english.Title);
    }

    /// <summary>The operator console's JSON endpoints (the ids need not exist: bad input is refused before anything is looked up).</summary>
    public static TheoryData<string, string> AdminJsonEndpoints
    {
        get
        {
            var id = Guid.CreateVersion7();
            return new()
            {
                { "POST", "/api/v1/admin/trainings" },
                { "PUT", $"/api/v1/admin/trainings/{id}" },
                { "POST", "/api/v1/admin/programs" },
                { "PUT", $"/api/v1/admin/programs/{id}" },
                { "POST", $"/api/v1/admin/programs/{id}/courses" },
                { "PUT", $"/api/v1/admin/programs/{id}/courses/{id}" },
                { "POST", "/api/v1/admin/courses" },
                { "PUT", $"/api/v1/admin/courses/{id}" },
                { "POST", $"/api/v1/admin/courses/{id}/chapters" },
                { "PUT", $"/api/v1/admin/courses/{id}/chapters/{id}" },
                { "POST", $"/api/v1/admin/courses/{id}/resources" },
                { "PUT", $"/api/v1/admin/courses/{id}/resources/{id}" },
            };
        }
    }

    [Theory]
    [MemberData(nameof(AdminJsonEndpoints))]
    public async Task The_operator_console_answers_bad_input_with_a_4xx_code_never_a_500(string method, string url)
    {
        var op = await _client.OperatorTokenAsync(api.ConnectionString);

        async Task<Problem> SendAsync(string body, HttpStatusCode expected, string contentType = "application/json")
        {
            var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative))
            {
                Content = new StringContent(body, Encoding.UTF8, contentType),
            };
            request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", op);
            request.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
            return await (await _client.SendAsync(request)).ReadProblemAsync(expected);
        }

        Assert.Equal("request.malformed", (await SendAsync("{\"title\": ", HttpStatusCode.BadRequest)).Code);
        Assert.Equal("request.malformed", (await SendAsync("{\"title\": 7, \"startsOn\": [], \"courseId\": \"x\", \"lecturers\": \"y\", \"quiz\": 1, \"chapterId\": 3, \"position\": \"first\", \"opensOn\": 5}",
            HttpStatusCode.BadRequest)).Code);
        Assert.Equal("request.malformed", (await SendAsync("", HttpStatusCode.BadRequest)).Code);
        Assert.Equal("request.too_large", (await SendAsync("{\"title\":\"" + new string('1', 1_100_000) + "\"}", HttpStatusCode.RequestEntityTooLarge)).Code);
        Assert.Equal("request.unsupported_media_type", (await SendAsync("title=x", HttpStatusCode.UnsupportedMediaType, "application/x-www-form-urlencoded")).Code);
        var huge = await SendAsync(
            "{\"title\":\"" + new string('题', 101) + "\",\"position\":-5,\"startsOn\":\"2026-03-01\",\"endsOn\":\"2026-01-01\",\"audience\":\"basicEducation\"," +
            "\"description\":\"" + new string('述', 4001) + "\",\"chapterId\":\"" + Guid.CreateVersion7() + "\",\"kind\":\"video\",\"courseId\":\"" + Guid.CreateVersion7() + "\"}",
            HttpStatusCode.BadRequest);
        Assert.Equal("validation_failed", huge.Code);
        Assert.NotEmpty(huge.Errors);
    }

    /// <summary>The credit-rules endpoints with a body (the program need not exist: a rule set's own limits are checked before anything is looked up).</summary>
    public static TheoryData<string, string> CreditRulesJsonEndpoints
    {
        get
        {
            var id = Guid.CreateVersion7();
            return new()
            {
                { "PUT", $"/api/v1/admin/programs/{id}/credit-rules/draft" },
                { "POST", $"/api/v1/admin/programs/{id}/credit-rules/validate" },
                { "POST", $"/api/v1/admin/programs/{id}/credit-rules/preview" },
            };
        }
    }

    [Theory]
    [MemberData(nameof(CreditRulesJsonEndpoints))]
    public async Task The_credit_rules_endpoints_answer_bad_input_with_a_4xx_code_never_a_500(string method, string url)
    {
        var op = await _client.OperatorTokenAsync(api.ConnectionString);

        async Task<Problem> SendAsync(string body, HttpStatusCode expected, string contentType = "application/json")
        {
            var request = new HttpRequestMessage(new HttpMethod(method), new Uri(url, UriKind.Relative))
            {
                Content = new StringContent(body, Encoding.UTF8, contentType),
            };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", op);
            request.Headers.TryAddWithoutValidation("If-Match", "\"0\"");
            return await (await _client.SendAsync(request)).ReadProblemAsync(expected);
        }

        var preview = url.EndsWith("/preview", StringComparison.Ordinal);
        string Rules(string rules) => preview ? "{\"teacherPhone\":\"13800000001\",\"ruleSet\":" + rules + "}" : rules;

        Assert.Equal("request.malformed", (await SendAsync("{\"requiredTotalHours\": ", HttpStatusCode.BadRequest)).Code);
        Assert.Equal("request.malformed", (await SendAsync(Rules("{\"requiredTotalHours\":\"six\",\"courses\":7,\"roleRequirements\":{}}"),
            HttpStatusCode.BadRequest)).Code);
        Assert.Equal("request.malformed", (await SendAsync(Rules("{\"courses\":[{\"basis\":{\"kind\":\"perMoon\"}}]}"), HttpStatusCode.BadRequest)).Code);
        Assert.Equal("request.malformed", (await SendAsync("", HttpStatusCode.BadRequest)).Code);
        Assert.Equal("request.too_large", (await SendAsync("{\"description\":\"" + new string('1', 1_100_000) + "\"}", HttpStatusCode.RequestEntityTooLarge)).Code);
        Assert.Equal("request.unsupported_media_type",
            (await SendAsync("description=x", HttpStatusCode.UnsupportedMediaType, "application/x-www-form-urlencoded")).Code);

        // Nulls where lists and objects belong, a basis missing its part, numbers out of range: field errors, never a 500.
        var empty = await SendAsync(Rules("{\"minutesPerHour\":45,\"courses\":null,\"roleRequirements\":[null]}"), HttpStatusCode.BadRequest);
        Assert.Equal("validation_failed", empty.Code);
        var prefix = preview ? "ruleSet." : "";
        Assert.Equal([prefix + "courses", prefix + "roleRequirements"], empty.Errors.Keys.Order(StringComparer.Ordinal).ToArray());
        var courses = string.Join(',', Enumerable.Repeat(
            "{\"courseId\":\"" + Guid.CreateVersion7() + "\",\"requiredHours\":1001,\"basis\":{\"kind\":\"perLesson\"}}", 101));
        var huge = await SendAsync(Rules("{\"description\":\"" + new string('述', 2001) + "\",\"requiredTotalHours\":-1,\"minutesPerHour\":100001," +
            "\"roleRequirements\":[{\"role\":\"headTeacher\",\"minLessons\":-3,\"minHours\":10,\"maxHours\":20.001}],\"courses\":[" + courses + ",null]}"),
            HttpStatusCode.BadRequest);
        Assert.Equal("validation_failed", huge.Code);
        foreach (var field in new[] { "description", "requiredTotalHours", "minutesPerHour", "courses", "roleRequirements[0].minLessons",
            "roleRequirements[0].maxHours", "courses[0].requiredHours", "courses[0].basis.hoursPerLesson" })
        {
            Assert.Contains(prefix + field, huge.Errors.Keys);
        }

        if (preview)
        {
            var noTeacher = await SendAsync("{\"teacherPhone\":\"12345\"}", HttpStatusCode.BadRequest);
            Assert.Equal(["teacherPhone"], noTeacher.Errors.Keys.ToArray());
            var both = await SendAsync("{\"teacherPhone\":\"13800000001\",\"teacherId\":\"" + Guid.CreateVersion7() + "\"}", HttpStatusCode.BadRequest);
            Assert.Equal("validation_failed", both.Code);
        }
    }

    [Fact]
    public async Task The_credit_rules_reads_refuse_bad_ids_with_a_code()
    {
        var op = await _client.OperatorTokenAsync(api.ConnectionString);
        var id = Guid.CreateVersion7();
        foreach (var url in new[] { $"/api/v1/admin/programs/{id}/credit-rules", $"/api/v1/admin/programs/not-a-guid/credit-rules",
            $"/api/v1/admin/programs/{id}/credit-rules/versions/abc", $"/api/v1/programs/{id}/credit" })
        {
            var response = await _client.SendAsAsync(op, HttpMethod.Get, url);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        foreach (var version in new[] { "0", "-1", "2147483647" })
        {
            var response = await _client.SendAsAsync(op, HttpMethod.Get, $"/api/v1/admin/programs/{id}/credit-rules/versions/{version}");
            Assert.Equal(["version"], (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).Errors.Keys.ToArray());
        }

        var none = await _client.SendAsAsync(op, HttpMethod.Get, $"/api/v1/admin/programs/{id}/credit-rules/versions/999");
        Assert.Equal("credit.version_not_found", (await none.ReadProblemAsync(HttpStatusCode.NotFound)).Code);
    }

    [Fact]
    public async Task The_operator_consoles_lists_refuse_bad_paging_and_filters()
    {
        var op = await _client.OperatorTokenAsync(api.ConnectionString);
        foreach (var url in new[]
        {
            "/api/v1/admin/programs?page=0", "/api/v1/admin/programs?pageSize=101", "/api/v1/admin/programs?state=alien",
            "/api/v1/admin/programs?q=" + new string('q', 101), "/api/v1/admin/courses?pageSize=0",
            $"/api/v1/admin/programs/{Guid.CreateVersion7()}/changes?page=10001",
        })
        {
            var response = await _client.SendAsAsync(op, HttpMethod.Get, url);
            Assert.Equal("validation_failed", (await response.ReadProblemAsync(HttpStatusCode.BadRequest)).Code);
        }
    }

    [Fact]
    public async Task A_quiz_attempt_with_bad_answers_is_400_with_field_errors_and_never_a_500()
    {
        var (_, _, token) = await _client.NewSignedInAsync();
        var url = $"/api/v1/playbacks/{Guid.CreateVersion7()}/quiz/attempts";

        async Task<Problem> SendAsync(string body) =>
            await (await _client.SendAsync(new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative))
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
                Headers = { Authorization = new AuthenticationHeaderValue("Bearer", token) },
            })).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("request.malformed", (await SendAsync("{\"answers\": ")).Code);
        Assert.Equal("request.malformed", (await SendAsync("{\"answers\": [{\"questionId\": 7, \"optionIds\": \"a\"}]}")).Code);
        Assert.Equal("request.malformed", (await SendAsync("")).Code);
        var missing = await SendAsync("{}");
        Assert.Equal("validation_failed", missing.Code);
        Assert.Equal(["answers"], missing.Errors.Keys.ToArray());
        var empty = await SendAsync("{\"answers\": [{\"optionIds\": []}]}");
        Assert.Equal("validation_failed", empty.Code);
        Assert.Contains(empty.Errors.Keys, k => k.EndsWith("questionId", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(empty.Errors.Keys, k => k.EndsWith("optionIds", StringComparison.OrdinalIgnoreCase));
        var tooMany = "{\"answers\": [" + string.Join(",", Enumerable.Range(0, 101).Select(_ =>
            $"{{\"questionId\": \"{Guid.CreateVersion7()}\", \"optionIds\": [\"{Guid.CreateVersion7()}\"]}}")) + "]}";
        Assert.Equal("validation_failed", (await SendAsync(tooMany)).Code);
        var manyOptions = "{\"answers\": [{\"questionId\": \"" + Guid.CreateVersion7() + "\", \"optionIds\": ["
            + string.Join(",", Enumerable.Range(0, 21).Select(_ => $"\"{Guid.CreateVersion7()}\"")) + "]}]}";
        Assert.Equal("validation_failed", (await SendAsync(manyOptions)).Code);
    }

    [Theory]
    [InlineData("videos")]
    [InlineData("documents")]
    [InlineData("images")]
    public async Task An_upload_that_is_not_one_file_in_multipart_is_a_4xx_with_its_code(string kind)
    {
        var op = await _client.NewOperatorAsync(api.ConnectionString);
        var url = $"/api/v1/media/{kind}";

        // Routing itself refuses a body that is not multipart/form-data (the endpoint declares it accepts only that).
        var json = await _client.SendAsAsync(op, HttpMethod.Post, url, new { file = "lesson.mp4" });
        Assert.Equal("request.unsupported_media_type", (await json.ReadProblemAsync(HttpStatusCode.UnsupportedMediaType)).Code);

        var noBoundary = new ByteArrayContent(TestMedia.Pdf());
        noBoundary.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data");
        Assert.Equal("media.multipart_required", (await (await SendMultipartAsync(op, url, noBoundary)).ReadProblemAsync(HttpStatusCode.UnsupportedMediaType)).Code);

        var noFile = await SendMultipartAsync(op, url, new MultipartFormDataContent { { new StringContent("标题"), "title" } });
        Assert.Equal("media.file_expected", (await noFile.ReadProblemAsync(HttpStatusCode.BadRequest)).Code);

        var twoFiles = new MultipartFormDataContent
        {
            { new ByteArrayContent(TestMedia.Pdf()), "file", "a.pdf" },
            { new ByteArrayContent(TestMedia.Pdf()), "file", "b.pdf" },
        };
        Assert.Equal("media.file_expected", (await (await SendMultipartAsync(op, url, twoFiles)).ReadProblemAsync(HttpStatusCode.BadRequest)).Code);

        var broken = new StringContent("--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n\r\n%PDF-1.4 never closed");
        broken.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz");
        Assert.Equal("request.malformed", (await (await SendMultipartAsync(op, url, broken)).ReadProblemAsync(HttpStatusCode.BadRequest)).Code);
    }

    [Fact]
    public async Task An_upload_declaring_a_body_far_beyond_the_limit_is_413_before_it_is_read()
    {
        var op = await _client.NewOperatorAsync(api.ConnectionString);
        var huge = new ByteArrayContent(new byte[(6 * 1024 * 1024) + 1]);
        huge.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz");

        var response = await SendMultipartAsync(op, "/api/v1/media/images", huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Media_reads_refuse_bad_ids_and_tokens_with_a_code()
    {
        var op = await _client.NewOperatorAsync(api.ConnectionString);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.SendAsAsync(op, HttpMethod.Get, "/api/v1/media/not-a-guid/content")).StatusCode);

        var media = $"/api/v1/media/{Guid.CreateVersion7()}";
        Assert.Equal("media.not_found", (await (await _client.SendAsAsync(op, HttpMethod.Get, media)).ReadProblemAsync(HttpStatusCode.NotFound)).Code);
        Assert.Equal("media.not_found", (await (await _client.SendAsAsync(op, HttpMethod.Get, media + "/content")).ReadProblemAsync(HttpStatusCode.NotFound)).Code);
        Assert.Equal("media.not_found", (await (await _client.SendAsAsync(op, HttpMethod.Post, media + "/access")).ReadProblemAsync(HttpStatusCode.NotFound)).Code);

        var noSignature = await _client.GetAsync(new Uri(media + "/stream", UriKind.Relative));
        Assert.Equal("validation_failed", (await noSignature.ReadProblemAsync(HttpStatusCode.BadRequest)).Code);
        var longSignature = await _client.GetAsync(new Uri(media + "/stream?signature=" + new string('a', 5000), UriKind.Relative));
        Assert.Equal("validation_failed", (await longSignature.ReadProblemAsync(HttpStatusCode.BadRequest)).Code);
        var forged = await _client.GetAsync(new Uri(media + "/stream?signature=not-a-sealed-signature", UriKind.Relative));
        Assert.Equal("media.link_invalid", (await forged.ReadProblemAsync(HttpStatusCode.Forbidden)).Code);
    }

    private Task<HttpResponseMessage> SendMultipartAsync(string accessToken, string url, HttpContent content)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(url, UriKind.Relative)) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return _client.SendAsync(request);
    }
}
