using System.Text.Json.Serialization;
using FluentValidation;
using MediatR;

namespace Xueshi.Enrollment.Features.Admin.ProgramCourses.EditCourseLink;

/// <summary>What differs per program for a course: its order, its opening date, the program it is carried from.</summary>
/// <param name="Position">Its order in the program, 0 to 1000; leave out to keep it.</param>
/// <param name="OpensOn">Its opening date in this program; null opens with the window.</param>
/// <param name="CarriedFromProgramId">The earlier program it is carried over from; null when none.</param>
internal sealed record EditCourseLink(int? Position, DateOnly? OpensOn, Guid? CarriedFromProgramId) : IRequest<AdminProgramResponse>
{
    [JsonIgnore]
    public Guid ProgramId { get; init; }

    [JsonIgnore]
    public Guid CourseId { get; init; }

    [JsonIgnore]
    public string? IfMatch { get; init; }
}

internal sealed class EditCourseLinkValidator : AbstractValidator<EditCourseLink>
{
    public EditCourseLinkValidator() => CourseLinkRules.Position(this, r => r.Position);
}
