using Xueshi.Accounts.Contracts;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Domain;

namespace Xueshi.Enrollment.Features.Admin;

/// <summary>A program as operators see it, in any state, with its courses in order. Its ETag is <paramref name="Revision"/>.</summary>
/// <param name="Id">The program.</param>
/// <param name="TrainingId">The 研修 it belongs to, if any.</param>
/// <param name="Title">专题名称.</param>
/// <param name="Description">专题介绍.</param>
/// <param name="CoverMediaId">The cover image (an uploaded image).</param>
/// <param name="Audience">基础教育, 高等教育 or 职业教育.</param>
/// <param name="StartsOn">First day of the study window (China Standard Time).</param>
/// <param name="EndsOn">Last day of the study window (China Standard Time).</param>
/// <param name="CertificateDate">证书发放日期.</param>
/// <param name="State">draft, published or closed.</param>
/// <param name="SchoolSystems">The 学制 it admits and what it tells the others.</param>
/// <param name="AdmittedIdentities">Who may enroll.</param>
/// <param name="RequiredProfileFields">Profile fields it asks for beyond the standard ones.</param>
/// <param name="Support">Its support contact (技术支持).</param>
/// <param name="Study">The fastest credited playback rate and when a quiz is complete.</param>
/// <param name="Revision">The optimistic-concurrency revision; the ETag is it in quotes.</param>
/// <param name="PublishedAt">When it was first published.</param>
/// <param name="UpdatedAt">When it last changed.</param>
/// <param name="Courses">Its courses in order.</param>
internal sealed record AdminProgramResponse(
    Guid Id,
    Guid? TrainingId,
    string Title,
    string Description,
    Guid? CoverMediaId,
    Audience Audience,
    DateOnly StartsOn,
    DateOnly EndsOn,
    DateOnly? CertificateDate,
    ProgramState State,
    SchoolSystemPolicy SchoolSystems,
    IReadOnlyList<AccountIdentity> AdmittedIdentities,
    IReadOnlyList<ProgramProfileField> RequiredProfileFields,
    SupportContact Support,
    StudySettings Study,
    int Revision,
    DateTimeOffset? PublishedAt,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<AdminProgramCourse> Courses);

/// <param name="CourseId">The course.</param>
/// <param name="Title">Its title.</param>
/// <param name="Position">Its order in the program.</param>
/// <param name="OpensOn">Its opening date in this program; null opens with the window.</param>
/// <param name="CarriedFromProgramId">The earlier program it is carried over from.</param>
/// <param name="ResourceCount">Its resources that are not archived.</param>
internal sealed record AdminProgramCourse(Guid CourseId, string Title, int Position, DateOnly? OpensOn, Guid? CarriedFromProgramId, int ResourceCount);

/// <summary>One row of the operators' program list.</summary>
/// <param name="Id">The program.</param>
/// <param name="Title">专题名称.</param>
/// <param name="Audience">Its audience.</param>
/// <param name="State">draft, published or closed.</param>
/// <param name="StartsOn">First day of the window.</param>
/// <param name="EndsOn">Last day of the window.</param>
/// <param name="TrainingId">Its 研修.</param>
/// <param name="CourseCount">How many courses it has.</param>
/// <param name="UpdatedAt">When it last changed.</param>
internal sealed record AdminProgramSummary(Guid Id, string Title, Audience Audience, ProgramState State, DateOnly StartsOn, DateOnly EndsOn,
    Guid? TrainingId, int CourseCount, DateTimeOffset UpdatedAt);

/// <param name="Items">This page, most recently changed first.</param>
/// <param name="Page">The page number.</param>
/// <param name="PageSize">The page size.</param>
/// <param name="Total">How many programs match in all.</param>
internal sealed record AdminProgramPage(IReadOnlyList<AdminProgramSummary> Items, int Page, int PageSize, int Total);

/// <summary>A course with everything in it, answers included (operators only). Its ETag is <paramref name="Revision"/>.</summary>
/// <param name="Id">The course.</param>
/// <param name="Title">课程名称.</param>
/// <param name="Description">课程简介.</param>
/// <param name="Lecturers">主讲人.</param>
/// <param name="Revision">The optimistic-concurrency revision; the ETag is it in quotes.</param>
/// <param name="UpdatedAt">When it or anything in it last changed.</param>
/// <param name="Chapters">Chapters in order, each with its resources (archived ones included, marked).</param>
/// <param name="Programs">The programs that include it: edits to a course in a published program are checked and recorded.</param>
internal sealed record AdminCourseResponse(
    Guid Id,
    string Title,
    string Description,
    IReadOnlyList<Lecturer> Lecturers,
    int Revision,
    DateTimeOffset UpdatedAt,
    IReadOnlyList<AdminChapter> Chapters,
    IReadOnlyList<AdminCourseProgram> Programs);

/// <param name="ProgramId">A program that includes the course.</param>
/// <param name="Title">Its title.</param>
/// <param name="State">Its state.</param>
internal sealed record AdminCourseProgram(Guid ProgramId, string Title, ProgramState State);

/// <param name="Id">The chapter.</param>
/// <param name="Title">章 title.</param>
/// <param name="Position">Its order in the course.</param>
/// <param name="Resources">Its resources (节) in order.</param>
internal sealed record AdminChapter(Guid Id, string Title, int Position, IReadOnlyList<AdminResource> Resources);

/// <param name="Id">The resource.</param>
/// <param name="ChapterId">Its chapter.</param>
/// <param name="Position">Its order in the chapter.</param>
/// <param name="Title">Its title.</param>
/// <param name="Kind">video, text or courseTest.</param>
/// <param name="IsExtension">拓展资源: recorded, never credited.</param>
/// <param name="MediaId">A video's media file.</param>
/// <param name="DurationSeconds">A video's duration as ffprobe measured its file.</param>
/// <param name="TextBody">A text resource's rich text (sanitized HTML).</param>
/// <param name="DocumentMediaId">A text resource's PDF.</param>
/// <param name="MinReadingSeconds">A text resource's minimum reading time.</param>
/// <param name="StudyMinutes">What a completed text resource counts for.</param>
/// <param name="Quiz">A video's quiz or a course test's questions, with the correct answers.</param>
/// <param name="ArchivedAt">Set when it was removed after teachers could have started it; the row and progress stay.</param>
internal sealed record AdminResource(
    Guid Id,
    Guid ChapterId,
    int Position,
    string Title,
    ResourceKind Kind,
    bool IsExtension,
    Guid? MediaId,
    double? DurationSeconds,
    string? TextBody,
    Guid? DocumentMediaId,
    int? MinReadingSeconds,
    int? StudyMinutes,
    AdminQuiz? Quiz,
    DateTimeOffset? ArchivedAt);

/// <param name="PositionSeconds">Where a video's quiz appears; null for a course test.</param>
/// <param name="Questions">In order.</param>
internal sealed record AdminQuiz(int? PositionSeconds, IReadOnlyList<AdminQuestion> Questions);

/// <param name="Id">The question (kept across edits).</param>
/// <param name="Kind">singleChoice, multipleChoice or trueFalse.</param>
/// <param name="Text">题干.</param>
/// <param name="Options">In order.</param>
internal sealed record AdminQuestion(Guid Id, QuestionKind Kind, string Text, IReadOnlyList<AdminOption> Options);

/// <param name="Id">The option (kept across edits).</param>
/// <param name="Text">选项.</param>
/// <param name="IsCorrect">Whether it is a correct answer.</param>
internal sealed record AdminOption(Guid Id, string Text, bool IsCorrect);

/// <summary>A training (研修) as operators see it.</summary>
/// <param name="Id">The training.</param>
/// <param name="Title">e.g. 2023年寒假教师研修.</param>
/// <param name="Description">Its landing page's text.</param>
/// <param name="ProgramIds">Its programs.</param>
/// <param name="Revision">The optimistic-concurrency revision; the ETag is it in quotes.</param>
/// <param name="UpdatedAt">When it last changed.</param>
internal sealed record AdminTrainingResponse(Guid Id, string Title, string Description, IReadOnlyList<Guid> ProgramIds, int Revision, DateTimeOffset UpdatedAt);

/// <summary>One course in the operators' course list (to attach to a program).</summary>
/// <param name="Id">The course.</param>
/// <param name="Title">Its title.</param>
/// <param name="Lecturers">Its lecturers' names.</param>
/// <param name="ProgramCount">How many programs include it.</param>
/// <param name="UpdatedAt">When it last changed.</param>
internal sealed record AdminCourseSummary(Guid Id, string Title, IReadOnlyList<string> Lecturers, int ProgramCount, DateTimeOffset UpdatedAt);

/// <param name="Items">This page, most recently changed first.</param>
/// <param name="Page">The page number.</param>
/// <param name="PageSize">The page size.</param>
/// <param name="Total">How many courses match in all.</param>
internal sealed record AdminCoursePage(IReadOnlyList<AdminCourseSummary> Items, int Page, int PageSize, int Total);

/// <summary>One entry of a program's audit trail.</summary>
/// <param name="Id">The entry.</param>
/// <param name="At">When.</param>
/// <param name="ActorId">The operator who made the change.</param>
/// <param name="Action">What happened, e.g. program.edited, resource.archived.</param>
/// <param name="CourseId">The course it concerned, if any.</param>
/// <param name="SubjectId">The entity changed.</param>
/// <param name="Summary">A short human summary.</param>
internal sealed record CatalogChangeResponse(Guid Id, DateTimeOffset At, Guid ActorId, string Action, Guid? CourseId, Guid SubjectId, string Summary);

/// <param name="Items">This page, newest first.</param>
/// <param name="Page">The page number.</param>
/// <param name="PageSize">The page size.</param>
/// <param name="Total">How many entries in all.</param>
internal sealed record CatalogChangePage(IReadOnlyList<CatalogChangeResponse> Items, int Page, int PageSize, int Total);
