using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Xueshi.Enrollment.Features.Admin.Chapters.DeleteChapter;

/// <param name="CourseId">The course.</param>
/// <param name="ChapterId">The chapter.</param>
/// <param name="IfMatch">The course's ETag last read.</param>
internal sealed record DeleteChapter(Guid CourseId, Guid ChapterId, string? IfMatch) : IRequest<AdminCourseResponse>;

internal sealed class DeleteChapterHandler(CatalogEditing editing) : IRequestHandler<DeleteChapter, AdminCourseResponse>
{
    public async Task<AdminCourseResponse> Handle(DeleteChapter request, CancellationToken cancellationToken)
    {
        var course = await editing.CourseForChangeAsync(request.CourseId, request.IfMatch, cancellationToken);
        var db = editing.Db;
        var chapter = await db.Chapters.SingleOrDefaultAsync(c => c.Id == request.ChapterId && c.CourseId == course.Id, cancellationToken)
            ?? throw CatalogAdminErrors.ChapterNotFound.ToException();
        // Archived resources count too: their rows (and teachers' progress on them) stay under their chapter.
        if (await db.Resources.AnyAsync(r => r.ChapterId == chapter.Id, cancellationToken))
        {
            throw CatalogAdminErrors.ChapterNotEmpty.ToException();
        }

        db.Chapters.Remove(chapter);
        course.Touch(editing.Now);
        var programs = await editing.ProgramsIncludingAsync(course.Id, cancellationToken);
        editing.Record(programs.Where(p => p.IsVisibleToTeachers).Select(p => p.ProgramId), course.Id, "chapter.deleted", chapter.Id, $"删除章节：{chapter.Title}");
        await db.SaveAsync(cancellationToken);
        return await editing.CourseViewAsync(course.Id, cancellationToken);
    }
}
