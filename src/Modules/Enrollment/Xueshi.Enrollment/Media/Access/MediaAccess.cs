using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.Media.Access;

/// <summary>
/// Operators read everything. A teacher reads a file only through the catalog: the video or PDF of a
/// resource of a course in a published or closed program they are enrolled in (a course shared by
/// several programs is readable through any of them), or the cover of a published or closed program
/// (the program list shows ended programs too). Media only a draft program uses is nobody's but the
/// operators'. One query, answered by EXISTS.
/// </summary>
internal sealed class MediaAccess(EnrollmentDbContext db) : IMediaAccess
{
    public async Task<bool> CanReadAsync(Guid mediaId, MediaReader reader, CancellationToken cancellationToken)
    {
        if (reader.IsOperator)
        {
            return true;
        }

        var teacher = reader.AccountId;
        var visible = new[] { ProgramState.Published, ProgramState.Closed };
        var isCover = db.Programs.Any(p => p.CoverMediaId == mediaId && visible.Contains(p.State));
        var inEnrolledProgram =
            from resource in db.Resources
            where resource.MediaId == mediaId || resource.DocumentMediaId == mediaId
            join link in db.ProgramCourses on resource.CourseId equals link.CourseId
            join program in db.Programs on link.ProgramId equals program.Id
            where visible.Contains(program.State)
            join enrollment in db.Enrollments on program.Id equals enrollment.ProgramId
            where enrollment.TeacherId == teacher
            select resource.Id;
        return await db.MediaFiles.Where(m => m.Id == mediaId)
            .AnyAsync(_ => isCover || inEnrolledProgram.Any(), cancellationToken);
    }
}
