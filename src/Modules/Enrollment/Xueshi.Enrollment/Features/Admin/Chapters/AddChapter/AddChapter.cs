using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Domain;

namespace Xueshi.Enrollment.Features.Admin.Chapters.AddChapter;

/// <summary>A new chapter (章) of the course.</summary>
/// <param name="Title">章 title, 1 to 100 characters.</param>
/// <param name="Position">Its order in the course, 0 to 1000; leave out to put it last.</param>
internal sealed record AddChapter(string? Title, int? Position) : IRequest<AdminCourseResponse>
{
    [JsonIgnore]
    public Guid CourseId { get; init; }

    [JsonIgnore]
    public string? IfMatch { get; init; }
}

internal sealed class AddChapterValidator : AbstractValidator<AddChapter>
{
    public AddChapterValidator() => ChapterRules.Apply(this, r => r.Title, r => r.Position);
}

internal sealed class AddChapterHandler(CatalogEditing editing) : IRequestHandler<AddChapter, AdminCourseResponse>
{
    public async Task<AdminCourseResponse> Handle(AddChapter request, CancellationToken cancellationToken)
    {
        var course = await editing.CourseForChangeAsync(request.CourseId, request.IfMatch, cancellationToken);
        var db = editing.Db;
        var position = request.Position
            ?? Math.Min(ChapterRules.MaxPosition, (await db.Chapters.Where(c => c.CourseId == course.Id).MaxAsync(c => (int?)c.Position, cancellationToken) ?? -1) + 1);
        var chapter = Chapter.Create(course.Id, request.Title ?? "", position, editing.Now);
        db.Chapters.Add(chapter);
        course.Touch(editing.Now);
        var programs = await editing.ProgramsIncludingAsync(course.Id, cancellationToken);
        editing.Record(programs.Where(p => p.IsVisibleToTeachers).Select(p => p.ProgramId), course.Id, "chapter.added", chapter.Id, $"新增章节：{chapter.Title}");
        await db.SaveAsync(cancellationToken);
        return await editing.CourseViewAsync(course.Id, cancellationToken);
    }
}
