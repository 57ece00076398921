using System.Net;
using System.Text.Json;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

/// <summary>课程评价 and 点赞: one editable review per enrolled teacher, masked names, likes counted once.</summary>
public sealed class CourseReviewTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    private readonly HttpClient _client = api.CreateClient();

    [Fact]
    public async Task A_teacher_not_enrolled_may_read_reviews_but_not_review_or_like()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "未报名评价专题");
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        var reviews = $"/api/v1/courses/{program.CourseId}";

        Assert.Equal(HttpStatusCode.OK, (await _client.SendAsAsync(teacher.Token, HttpMethod.Get, $"{reviews}/reviews")).StatusCode);
        foreach (var (method, url, body) in new (HttpMethod, string, object?)[]
                 {
                     (HttpMethod.Put, $"{reviews}/reviews/mine", new { stars = 5, comment = "很好" }),
                     (HttpMethod.Put, $"{reviews}/like", null),
                     (HttpMethod.Delete, $"{reviews}/like", null),
                 })
        {
            var problem = await (await _client.SendAsAsync(teacher.Token, method, url, body)).ReadProblemAsync(HttpStatusCode.Forbidden);
            Assert.Equal("enrollment.not_enrolled", problem.Code);
        }
    }

    [Fact]
    public async Task One_review_per_teacher_is_editable_masked_and_counted_in_the_rating()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "评价专题");
        var li = await _client.TeacherAtSchoolAsync(api.ConnectionString, realName: "李秀英");
        var wang = await _client.TeacherAtSchoolAsync(api.ConnectionString, realName: "王五");
        await _client.EnrollOkAsync(li.Token, program.ProgramId);
        await _client.EnrollOkAsync(wang.Token, program.ProgramId);
        var mine = $"/api/v1/courses/{program.CourseId}/reviews/mine";

        await (await _client.SendAsAsync(li.Token, HttpMethod.Put, mine, new { stars = 5, comment = "讲得清楚" })).ReadOkAsync<JsonElement>();
        var edited = await (await _client.SendAsAsync(li.Token, HttpMethod.Put, mine, new { stars = 3, comment = "再听一遍，一般" })).ReadOkAsync<JsonElement>();
        Assert.Equal("李**", edited.GetProperty("reviewerName").GetString());
        await (await _client.SendAsAsync(wang.Token, HttpMethod.Put, mine, new { stars = 4, comment = "" })).ReadOkAsync<JsonElement>();

        var page = await _client.GetOkAsync(li.Token, $"/api/v1/courses/{program.CourseId}/reviews");
        Assert.Equal(2, page.GetProperty("total").GetInt32());
        var items = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["王*", "李**"], items.Select(i => i.GetProperty("reviewerName").GetString()));
        Assert.Equal(3, items[1].GetProperty("stars").GetInt32());
        Assert.True(items[1].GetProperty("isMine").GetBoolean());
        Assert.Equal("再听一遍，一般", page.GetProperty("mine").GetProperty("comment").GetString());
        Assert.Equal(3.5, page.GetProperty("rating").GetProperty("average").GetDouble());
        Assert.Equal(2, page.GetProperty("rating").GetProperty("count").GetInt32());
        Assert.DoesNotContain("李秀英", page.GetRawText(), StringComparison.Ordinal);

        var course = await _client.GetOkAsync(wang.Token, $"/api/v1/programs/{program.ProgramId}/courses/{program.CourseId}");
        Assert.Equal(3.5, course.GetProperty("rating").GetProperty("average").GetDouble());
    }

    [Fact]
    public async Task Stars_outside_1_to_5_and_comments_over_500_characters_are_refused_and_nothing_is_stored()
    {
        var program = await CatalogSeed.OpenProgramAsync(api.Factory, "评价校验专题");
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        await _client.EnrollOkAsync(teacher.Token, program.ProgramId);
        var mine = $"/api/v1/courses/{program.CourseId}/reviews/mine";

        foreach (var body in new object[] { new { stars = 0, comment = "" }, new { stars = 6 }, new { comment = "没有星" }, new { stars = 5, comment = new string('好', 501) } })
        {
            var problem = await (await _client.SendAsAsync(teacher.Token, HttpMethod.Put, mine, body)).ReadProblemAsync(HttpStatusCode.BadRequest);
            Assert.Equal("validation_failed", problem.Code);
        }

        var page = await _client.GetOkAsync(teacher.Token, $"/api/v1/courses/{program.CourseId}/reviews");
        Assert.Equal(0, page.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_like_counts_once_and_can_be_taken_back_and_a_shared_course_is_reviewed_through_any_program()
    {
        var source = await CatalogSeed.OpenProgramAsync(api.Factory, "共享课程源专题");
        var other = await CatalogSeed.OpenProgramAsync(api.Factory, "共享课程用专题");
        await CatalogSeed.AttachCourseAsync(api.Factory, other.ProgramId, source.CourseId, 2);
        var teacher = await _client.TeacherAtSchoolAsync(api.ConnectionString);
        await _client.EnrollOkAsync(teacher.Token, other.ProgramId);
        var like = $"/api/v1/courses/{source.CourseId}/like";

        await _client.SendAsAsync(teacher.Token, HttpMethod.Put, like);
        var twice = await (await _client.SendAsAsync(teacher.Token, HttpMethod.Put, like)).ReadOkAsync<JsonElement>();
        Assert.Equal(1, twice.GetProperty("likeCount").GetInt32());
        Assert.True(twice.GetProperty("likedByMe").GetBoolean());
        var page = await _client.GetOkAsync(teacher.Token, $"/api/v1/programs/{source.ProgramId}/courses/{source.CourseId}");
        Assert.Equal(1, page.GetProperty("likeCount").GetInt32());
        Assert.True(page.GetProperty("likedByMe").GetBoolean());

        var undone = await (await _client.SendAsAsync(teacher.Token, HttpMethod.Delete, like)).ReadOkAsync<JsonElement>();
        Assert.Equal(0, undone.GetProperty("likeCount").GetInt32());
        Assert.False(undone.GetProperty("likedByMe").GetBoolean());
    }
}
