using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;

namespace Xueshi.Enrollment.Features.Admin.Chapters.EditChapter;

/// <summary>Renames or moves a chapter.</summary>
/// <param name="Title">章 title, 1 to 100 characters.</param>
/// <param name="Position">Its order in the course, 0 to 1000; leave out to keep it.</param>
internal sealed record EditChapter(string? Title, int? Position) : IRequest<AdminCourseResponse>
{
    [JsonIgnore]
    public Guid CourseId { get; init; }

    [JsonIgnore]
    public Guid ChapterId { get; init; }

    [JsonIgnore]
    public string? IfMatch { get; init; }
}

internal sealed class EditChapterValidator : AbstractValidator<EditChapter>
{
    public EditChapterValidator() => ChapterRules.Apply(this, r => r.Title, r => r.Position);
}

internal sealed class EditChapterHandler(CatalogEditing editing) : IRequestHandler<EditChapter, AdminCourseResponse>
{
    public async Task<AdminCourseResponse> Handle(EditChapter request, CancellationToken cancellationToken)
    {
        var course = await editing.CourseForChangeAsync(request.CourseId, request.IfMatch, cancellationToken);
        var chapter = await editing.Db.Chapters.SingleOrDefaultAsync(c => c.Id == request.ChapterId && c.CourseId == course.Id, cancellationToken)
            ?? throw CatalogAdminErrors.ChapterNotFound.ToException();
        chapter.Edit(request.Title ?? "", request.Position ?? chapter.Position);
        course.Touch(editing.Now);
        var programs = await editing.ProgramsIncludingAsync(course.Id, cancellationToken);
        editing.Record(programs.Where(p => p.IsVisibleToTeachers).Select(p => p.ProgramId), course.Id, "chapter.edited", chapter.Id, $"编辑章节：{chapter.Title}");
        await editing.Db.SaveAsync(cancellationToken);
        return await editing.CourseViewAsync(course.Id, cancellationToken);
    }
}
