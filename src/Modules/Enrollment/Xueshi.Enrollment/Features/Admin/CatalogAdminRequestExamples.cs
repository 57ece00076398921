using Xueshi.Accounts.Contracts;
using Xueshi.BuildingBlocks.Http;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Domain;
using Xueshi.Enrollment.Features.Admin.Resources;

namespace Xueshi.Enrollment.Features.Admin;

/// <summary>One request body of each console use case as an operator would send it, for the OpenAPI document.</summary>
internal sealed class CatalogAdminRequestExamples : IRequestExamples
{
    private static readonly Guid Training = Guid.Parse("01937a10-0000-7000-8000-000000000001");
    private static readonly Guid Course = Guid.Parse("01937a10-0000-7000-8000-000000000002");
    private static readonly Guid Chapter = Guid.Parse("01937a10-0000-7000-8000-000000000003");
    private static readonly Guid Video = Guid.Parse("01937a10-0000-7000-8000-000000000004");
    private static readonly Guid Question = Guid.Parse("01937a10-0000-7000-8000-000000000005");
    private static readonly Guid Yes = Guid.Parse("01937a10-0000-7000-8000-000000000006");
    private static readonly Guid No = Guid.Parse("01937a10-0000-7000-8000-000000000007");

    private static readonly SchoolSystemPolicy BasicEducation = new(SchoolSystemPolicy.BasicEducation, SchoolSystemPolicy.BasicEducationRefusal, null);
    private static readonly SupportContact Support = new("400-606-3368", "工作日 9:00-17:00", "123456789");
    private static readonly IReadOnlyList<Lecturer> Lecturers = [new("王明", "教授", "北京师范大学")];

    private static readonly QuizInput VideoQuiz = new(170,
    [
        new QuestionInput(Question, QuestionKind.TrueFalse, "教师应当关爱全体学生，尊重学生人格。",
            [new OptionInput(Yes, "正确", true), new OptionInput(No, "错误", false)]),
    ]);

    public IEnumerable<object> Examples =>
    [
        new Trainings.CreateTraining.CreateTraining("2023年寒假教师研修", "面向基础教育、高等教育和职业教育教师的寒假研修。"),
        new Trainings.EditTraining.EditTraining("2023年寒假教师研修", "选择学习入口：基础教育、高等教育、职业教育。"),
        new Programs.CreateProgram.CreateProgram(Training, "2023年寒假教师研修（基础教育）", "围绕师德师风、心理健康和教学能力的专题学习。", null,
            Audience.BasicEducation, new DateOnly(2023, 1, 5), new DateOnly(2023, 2, 28), new DateOnly(2023, 3, 15), BasicEducation,
            [AccountIdentity.Teacher], [], Support),
        new Programs.EditProgram.EditProgram(Training, "2023年寒假教师研修（基础教育）", "围绕师德师风、心理健康和教学能力的专题学习。", null,
            Audience.BasicEducation, new DateOnly(2023, 1, 5), new DateOnly(2023, 2, 28), new DateOnly(2023, 3, 15), BasicEducation,
            [AccountIdentity.Teacher], [ProgramProfileField.IsHeadTeacher], Support),
        new ProgramCourses.AttachCourse.AttachCourse(Course, 0, new DateOnly(2023, 1, 5), null),
        new ProgramCourses.EditCourseLink.EditCourseLink(1, new DateOnly(2023, 1, 10), null),
        new Courses.CreateCourse.CreateCourse("新时代师德修养", "结合典型案例，解读新时代中小学教师职业行为十项准则。", Lecturers),
        new Courses.EditCourse.EditCourse("新时代师德修养（修订）", "结合典型案例，解读新时代中小学教师职业行为十项准则。", Lecturers),
        new Chapters.AddChapter.AddChapter("第一章 师德的内涵", null),
        new Chapters.EditChapter.EditChapter("第一章 师德的内涵与要求", 0),
        new Resources.AddResource.AddResource(Chapter, null, "第一节 关爱学生", ResourceKind.Video, false, Video, null, null, null, null, VideoQuiz),
        new Resources.EditResource.EditResource(Chapter, 0, "第一节 关爱学生（修订）", ResourceKind.Video, false, Video, null, null, null, null, VideoQuiz),
    ];
}
