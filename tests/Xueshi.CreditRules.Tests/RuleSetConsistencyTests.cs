using System.Globalization;
using Xueshi.CreditRules.Domain;
using Xueshi.CreditRules.Tests.Builders;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.CreditRules.Tests;

/// <summary>Contradictions an operator could save, each refused at the field at fault; a sound rule set passes.</summary>
public sealed class RuleSetConsistencyTests
{
    private readonly ProgramBuilder program = new("2023年寒假教师研修", new DateOnly(2022, 12, 2), new DateOnly(2023, 2, 28));
    private readonly CourseBuilder twenty;
    private readonly CourseBuilder ethics;
    private readonly CourseBuilder psychology;
    private readonly ResourceFacts ethicsVideo;
    private readonly ProgramOutline outline;

    public RuleSetConsistencyTests()
    {
        // 二十大: 100 minutes of video; 师德: two 30-minute videos; 心理: eight 10-minute lessons.
        twenty = program.Course("学习宣传贯彻党的二十大精神");
        twenty.Video(50);
        twenty.Video(50);
        ethics = program.Course("师德");
        ethicsVideo = ethics.Video(30);
        ethics.Video(30);
        psychology = program.Course("心理");
        psychology.Videos(8, 10, quiz: true);
        outline = program.Build();
    }

    private RuleSet Sound() => Rules.Program(
        6,
        Rules.Minutes(twenty, 2, 2, (45, 1), (90, 2)),
        Rules.PerResource(ethics, 1, 1, 0.5m),
        Rules.PerLesson(psychology, 1, 0, 3));

    private static IReadOnlyList<RuleSetProblem> Check(RuleSet rules, ProgramOutline outline)
    {
        var saved = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        try
        {
            return RuleSetConsistency.Check(rules, outline);
        }
        finally
        {
            CultureInfo.CurrentUICulture = saved;
        }
    }

    [Fact]
    public void A_sound_rule_set_has_no_problems()
    {
        Assert.Empty(Check(Sound(), outline));
    }

    [Theory]
    [InlineData("capBelowThreshold", "courses[0].maxHours", "credit.cap_below_threshold")]
    [InlineData("thresholdMinutesDown", "courses[0].basis.thresholds[1]", "credit.thresholds_not_increasing")]
    [InlineData("thresholdHoursSame", "courses[0].basis.thresholds[1]", "credit.thresholds_not_increasing")]
    [InlineData("requiredAboveCap", "courses[1].requiredHours", "credit.required_above_cap")]
    [InlineData("requiredAboveResources", "courses[1].requiredHours", "credit.required_above_cap")]
    [InlineData("totalAboveCaps", "requiredTotalHours", "credit.total_unreachable")]
    [InlineData("totalAboveLessons", "requiredTotalHours", "credit.total_unreachable")]
    [InlineData("maxBelowRequired", "maxTotalHours", "credit.max_below_required")]
    [InlineData("roleMinAboveMax", "roleRequirements[0].minHours", "credit.role_min_above_max")]
    [InlineData("roleHoursUnreachable", "roleRequirements[0].minHours", "credit.role_min_above_max")]
    [InlineData("roleLessonsUnreachable", "roleRequirements[0].minLessons", "credit.role_min_above_max")]
    [InlineData("thresholdsMissing", "courses[0].basis.thresholds", "credit.basis_incomplete")]
    [InlineData("wrongPartSet", "courses[1].basis.hoursPerLesson", "credit.basis_incomplete")]
    [InlineData("perResourceWithNeither", "courses[1].basis.defaultResourceHours", "credit.basis_incomplete")]
    [InlineData("perLessonWithResourceHours", "courses[2].basis.resourceHours", "credit.basis_incomplete")]
    [InlineData("unknownCourse", "courses[3].courseId", "credit.unknown_course")]
    [InlineData("duplicateCourse", "courses[3].courseId", "credit.duplicate_course")]
    [InlineData("resourceOfAnotherCourse", "courses[1].basis.resourceHours[0].resourceId", "credit.unknown_resource")]
    [InlineData("minutesPerHourZero", "minutesPerHour", "credit.minutes_per_hour_out_of_range")]
    [InlineData("minutesPerHourTooMany", "minutesPerHour", "credit.minutes_per_hour_out_of_range")]
    public void A_contradiction_is_named_at_its_field(string contradiction, string field, string code)
    {
        var sound = Sound();
        var courses = sound.Courses.ToList();
        var rules = contradiction switch
        {
            // 90 minutes credit 2 学时 but the course credits at most 1.
            "capBelowThreshold" => sound with { RequiredTotalHours = 5, Courses = [courses[0] with { RequiredHours = 1, MaxHours = 1 }, courses[1], courses[2]] },
            "thresholdMinutesDown" => Replace(sound, 0, courses[0] with { Basis = courses[0].Basis with { Thresholds = [new(90, 1), new(45, 2)] } }),
            "thresholdHoursSame" => Replace(sound, 0, courses[0] with { Basis = courses[0].Basis with { Thresholds = [new(45, 1), new(90, 1)] } }),
            "requiredAboveCap" => Replace(sound, 1, courses[1] with { RequiredHours = 2 }),
            // Two videos at 0.5 学时 give 1; uncapped, the course cannot reach 2.
            "requiredAboveResources" => Replace(sound, 1, courses[1] with { RequiredHours = 2, MaxHours = null }),
            // Caps 2 + 1 + 3 = 6 < 7.
            "totalAboveCaps" => sound with { RequiredTotalHours = 7 },
            // Eight lessons and no cap: 2 + 1 + 8 = 11 < 12.
            "totalAboveLessons" => Replace(sound, 2, courses[2] with { MaxHours = null }) with { RequiredTotalHours = 12 },
            "maxBelowRequired" => sound with { MaxTotalHours = 5 },
            "roleMinAboveMax" => sound with { RoleRequirements = [new(TeacherRole.PsychologyTeacher, 1, 6, 5)] },
            "roleHoursUnreachable" => sound with { RoleRequirements = [new(TeacherRole.PsychologyTeacher, 1, 7, 10)] },
            // 2 + 2 + 8 creditable resources = 12 lessons.
            "roleLessonsUnreachable" => sound with { RoleRequirements = [new(TeacherRole.HeadTeacher, 13, 6, 6)] },
            "thresholdsMissing" => Replace(sound, 0, courses[0] with { Basis = courses[0].Basis with { Thresholds = [] } }),
            "wrongPartSet" => Replace(sound, 1, courses[1] with { Basis = courses[1].Basis with { HoursPerLesson = 1 } }),
            "perResourceWithNeither" => Replace(sound, 1, courses[1] with { Basis = courses[1].Basis with { DefaultResourceHours = null, ResourceHours = null } }),
            "perLessonWithResourceHours" => Replace(sound, 2, courses[2] with
            {
                Basis = courses[2].Basis with { ResourceHours = [new(outline.Courses[2].Resources[0].ResourceId, 1)] },
            }),
            "unknownCourse" => sound with { Courses = [.. courses, courses[1] with { CourseId = Guid.NewGuid() }] },
            "duplicateCourse" => sound with { Courses = [.. courses, courses[1]] },
            "resourceOfAnotherCourse" => Replace(sound, 1, courses[1] with
            {
                Basis = courses[1].Basis with { ResourceHours = [new(outline.Courses[0].Resources[0].ResourceId, 1)] },
            }),
            "minutesPerHourZero" => sound with { MinutesPerHour = 0 },
            "minutesPerHourTooMany" => sound with { MinutesPerHour = 121 },
            _ => throw new ArgumentOutOfRangeException(nameof(contradiction)),
        };

        var problems = Check(rules, outline);

        var problem = Assert.Single(problems);
        Assert.Equal(code, problem.Code);
        Assert.Equal(field, problem.Field);
        Assert.False(string.IsNullOrWhiteSpace(problem.Message));
    }

    [Fact]
    public void Messages_quote_the_rule_sets_own_figures()
    {
        var problems = Check(Sound() with { RequiredTotalHours = 7 }, outline);

        Assert.Equal("各课程最多可认定 6 学时，达不到本专题要求的 7 学时", Assert.Single(problems).Message);
    }

    [Fact]
    public void A_resource_listed_in_its_own_course_is_fine()
    {
        var rules = Replace(Sound(), 1, Sound().Courses[1] with
        {
            Basis = Sound().Courses[1].Basis with { ResourceHours = [new(ethicsVideo.ResourceId, 0.5m)] },
        });

        Assert.Empty(Check(rules, outline));
    }

    [Fact]
    public void Listed_resource_hours_without_a_default_are_a_complete_basis()
    {
        var sound = Sound();
        var rules = Replace(sound, 1, sound.Courses[1] with
        {
            RequiredHours = 0.5m,
            Basis = sound.Courses[1].Basis with { DefaultResourceHours = null, ResourceHours = [new(ethicsVideo.ResourceId, 0.5m)] },
        }) with { RequiredTotalHours = 5.5m };

        Assert.Empty(Check(rules, outline));
    }

    private static RuleSet Replace(RuleSet rules, int index, CourseRule course)
    {
        var courses = rules.Courses.ToList();
        courses[index] = course;
        return rules with { Courses = courses };
    }
}
