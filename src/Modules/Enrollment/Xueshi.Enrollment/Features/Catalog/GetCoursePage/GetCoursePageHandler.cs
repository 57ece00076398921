using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Identity;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Features.Reviews;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Features.Catalog.GetCoursePage;

internal sealed class GetCoursePageHandler(EnrollmentDbContext db, ICurrentUser currentUser, TimeProvider clock)
    : IRequestHandler<GetCoursePage, CoursePage>
{
    public async Task<CoursePage> Handle(GetCoursePage request, CancellationToken cancellationToken)
    {
        var teacherId = currentUser.RequireAccountId();
        var program = await TeacherCatalog.RequireProgramAsync(db, request.ProgramId, cancellationToken);
        var link = await db.ProgramCourses.AsNoTracking()
            .SingleOrDefaultAsync(pc => pc.ProgramId == program.Id && pc.CourseId == request.CourseId, cancellationToken)
            ?? throw EnrollmentErrors.CourseNotFound.ToException();
        var course = await db.Courses.AsNoTracking().SingleAsync(c => c.Id == link.CourseId, cancellationToken);

        var chapters = await db.Chapters.AsNoTracking().Where(c => c.CourseId == course.Id)
            .OrderBy(c => c.Position).ThenBy(c => c.Id).ToListAsync(cancellationToken);
        var resources = await db.Resources.AsNoTracking().Where(r => r.CourseId == course.Id && r.ArchivedAt == null)
            .OrderBy(r => r.Position).ThenBy(r => r.Id).ToListAsync(cancellationToken);
        var byChapter = resources.ToLookup(r => r.ChapterId);
        var outline = chapters.Select(ch => new OutlineChapter(ch.Id, ch.Title, byChapter[ch.Id]
                .Select(r => new OutlineResource(r.Id, r.Title, r.Kind, r.DurationSeconds, r.IsExtension, r.Quiz is { Questions.Count: > 0 },
                    r.Quiz?.Questions.Count ?? 0, r.MinReadingSeconds, r.StudyMinutes))
                .ToList()))
            .ToList();

        var opensOn = link.OpensOn ?? program.StartsOn;
        var isOpen = StudyWindow.DateAt(clock.GetUtcNow()) >= opensOn;
        var likedByMe = await db.CourseLikes.AsNoTracking().AnyAsync(l => l.CourseId == course.Id && l.TeacherId == teacherId, cancellationToken);

        // Learning progress does not exist yet: 开始学习 starts at the first resource of the outline.
        // The next issue (Learning progress) answers "the resource I was on" through its contract here.
        var resume = outline.SelectMany(c => c.Resources).Select(r => (Guid?)r.Id).FirstOrDefault();

        return new CoursePage(
            program.Id, program.Title, course.Id, course.Title, course.Description,
            course.Lecturers.Select(l => new CourseLecturer(l.Name, l.Title, l.Affiliation)).ToList(),
            opensOn, isOpen, isOpen ? null : EnrollmentErrors.CourseNotOpen.Code, outline,
            await TeacherCatalog.LearnerCountAsync(db, course.Id, cancellationToken),
            await CourseStats.RatingAsync(db, course.Id, cancellationToken),
            await CourseStats.LikeCountAsync(db, course.Id, cancellationToken),
            likedByMe, resume);
    }
}
