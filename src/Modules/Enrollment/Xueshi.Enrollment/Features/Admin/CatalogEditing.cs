using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Domain;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Admin;

/// <summary>
/// What every console change shares: the operator check, loading what is changed under If-Match, the
/// audit trail of changes that teachers can see, and the admin views answered after each change.
/// </summary>
internal sealed class CatalogEditing(EnrollmentDbContext db, ICurrentUser user, TimeProvider clock)
{
    public EnrollmentDbContext Db => db;

    public DateTimeOffset Now { get; } = clock.GetUtcNow();

    public Guid RequireOperator() => user.RequireOperator();

    public async Task<TrainingProgram> ProgramForChangeAsync(Guid programId, string? ifMatch, CancellationToken ct)
    {
        RequireOperator();
        var program = await db.Programs.SingleOrDefaultAsync(p => p.Id == programId, ct)
            ?? throw EnrollmentErrors.ProgramNotFound.ToException();
        Revisions.Require(ifMatch, program.Revision);
        return program;
    }

    public async Task<Course> CourseForChangeAsync(Guid courseId, string? ifMatch, CancellationToken ct)
    {
        RequireOperator();
        var course = await db.Courses.SingleOrDefaultAsync(c => c.Id == courseId, ct)
            ?? throw EnrollmentErrors.CourseNotFound.ToException();
        Revisions.Require(ifMatch, course.Revision);
        return course;
    }

    /// <summary>The programs that include a course, with their state and window.</summary>
    public async Task<IReadOnlyList<ProgramOfCourse>> ProgramsIncludingAsync(Guid courseId, CancellationToken ct) =>
        await (from link in db.ProgramCourses.AsNoTracking()
               join program in db.Programs.AsNoTracking() on link.ProgramId equals program.Id
               where link.CourseId == courseId
               select new ProgramOfCourse(program.Id, program.State, program.StartsOn, program.EndsOn, link.OpensOn))
            .ToListAsync(ct);

    /// <summary>
    /// Appends an audit entry for each program teachers can see (published or closed) that the change
    /// touches; draft-only work is not recorded. Saved with the change itself.
    /// </summary>
    public void Record(IEnumerable<Guid> visibleProgramIds, Guid? courseId, string action, Guid subjectId, string summary)
    {
        var actor = user.RequireAccountId();
        foreach (var programId in visibleProgramIds.Distinct())
        {
            db.CatalogChanges.Add(CatalogChange.Record(programId, courseId, actor, action, subjectId, summary, Now));
        }
    }

    public async Task<AdminProgramResponse> ProgramViewAsync(Guid programId, CancellationToken ct)
    {
        var program = await db.Programs.AsNoTracking().SingleOrDefaultAsync(p => p.Id == programId, ct)
            ?? throw EnrollmentErrors.ProgramNotFound.ToException();
        var courses = await (from link in db.ProgramCourses.AsNoTracking()
                             join course in db.Courses.AsNoTracking() on link.CourseId equals course.Id
                             where link.ProgramId == programId
                             orderby link.Position, course.Title
                             select new AdminProgramCourse(course.Id, course.Title, link.Position, link.OpensOn, link.CarriedFromProgramId,
                                 db.Resources.Count(r => r.CourseId == course.Id && r.ArchivedAt == null)))
            .ToListAsync(ct);
        return new AdminProgramResponse(program.Id, program.TrainingId, program.Title, program.Description, program.CoverMediaId, program.Audience,
            program.StartsOn, program.EndsOn, program.CertificateDate, program.State, program.SchoolSystems, program.AdmittedIdentities,
            program.RequiredProfileFields, program.Support, program.Study, program.Revision, program.PublishedAt, program.UpdatedAt, courses);
    }

    public async Task<AdminCourseResponse> CourseViewAsync(Guid courseId, CancellationToken ct)
    {
        var course = await db.Courses.AsNoTracking().SingleOrDefaultAsync(c => c.Id == courseId, ct)
            ?? throw EnrollmentErrors.CourseNotFound.ToException();
        var chapters = await db.Chapters.AsNoTracking().Where(c => c.CourseId == courseId).ToListAsync(ct);
        var resources = await db.Resources.AsNoTracking().Where(r => r.CourseId == courseId).ToListAsync(ct);
        var programs = await (from link in db.ProgramCourses.AsNoTracking()
                              join program in db.Programs.AsNoTracking() on link.ProgramId equals program.Id
                              where link.CourseId == courseId
                              orderby program.StartsOn
                              select new AdminCourseProgram(program.Id, program.Title, program.State))
            .ToListAsync(ct);
        var views = chapters.OrderBy(c => c.Position).ThenBy(c => c.Id)
            .Select(c => new AdminChapter(c.Id, c.Title, c.Position, resources.Where(r => r.ChapterId == c.Id)
                .OrderBy(r => r.Position).ThenBy(r => r.Id).Select(View).ToList()))
            .ToList();
        return new AdminCourseResponse(course.Id, course.Title, course.Description, course.Lecturers, course.Revision, course.UpdatedAt, views, programs);
    }

    public static AdminResource View(Resource r) => new(
        r.Id, r.ChapterId, r.Position, r.Title, r.Kind, r.IsExtension, r.MediaId, r.DurationSeconds, r.TextBody, r.DocumentMediaId,
        r.MinReadingSeconds, r.StudyMinutes,
        r.Quiz is { } quiz
            ? new AdminQuiz(quiz.PositionSeconds, quiz.Questions.Select(q => new AdminQuestion(q.Id, q.Kind, q.Text,
                q.Options.Select(o => new AdminOption(o.Id, o.Text, q.CorrectOptionIds.Contains(o.Id))).ToList())).ToList())
            : null,
        r.ArchivedAt);
}

/// <param name="OpensOn">The course's opening date in that program.</param>
internal sealed record ProgramOfCourse(Guid ProgramId, ProgramState State, DateOnly StartsOn, DateOnly EndsOn, DateOnly? OpensOn)
{
    public bool IsPublished => State == ProgramState.Published;

    public bool IsVisibleToTeachers => State != ProgramState.Draft;
}
