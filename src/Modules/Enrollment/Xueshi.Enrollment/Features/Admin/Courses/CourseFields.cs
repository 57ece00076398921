using FluentValidation;
using Xueshi.BuildingBlocks.Localization;
using Xueshi.BuildingBlocks.Validation;
using Xueshi.Enrollment.Domain;

namespace Xueshi.Enrollment.Features.Admin.Courses;

/// <summary>What an operator sets on a course itself; its content is edited chapter by chapter, resource by resource.</summary>
internal interface ICourseFields
{
    string? Title { get; }

    string? Description { get; }

    IReadOnlyList<Lecturer>? Lecturers { get; }
}

internal static class CourseFields
{
    public static IReadOnlyList<Lecturer> LecturerList(this ICourseFields fields) =>
        (fields.Lecturers ?? []).Select(l => new Lecturer(l.Name.Trim(), Blank(l.Title), Blank(l.Affiliation))).ToList();

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

internal abstract class CourseFieldsValidator<T> : AbstractValidator<T>
    where T : ICourseFields
{
    protected CourseFieldsValidator()
    {
        RuleFor(r => r.Title).Text(2, 100)
            .WithMessage(_ => Localized.Pick("课程名称为2-100个字。", "The title has 2 to 100 characters."));
        RuleFor(r => r.Description).Text(0, 4000)
            .WithMessage(_ => Localized.Pick("课程简介最多4000个字。", "The description has at most 4000 characters."));
        RuleFor(r => r.Lecturers).ItemCount(0, 20)
            .WithMessage(_ => Localized.Pick("主讲人最多20位。", "At most 20 lecturers."));
        RuleForEach(r => r.Lecturers).SetValidator(new LecturerValidator());
    }
}

internal sealed class LecturerValidator : AbstractValidator<Lecturer>
{
    public LecturerValidator()
    {
        RuleFor(l => l.Name).Text(1, 50)
            .WithMessage(_ => Localized.Pick("主讲人姓名为1-50个字。", "The lecturer's name has 1 to 50 characters."));
        RuleFor(l => l.Title).Text(0, 50)
            .WithMessage(_ => Localized.Pick("职称最多50个字。", "The title has at most 50 characters."));
        RuleFor(l => l.Affiliation).Text(0, 100)
            .WithMessage(_ => Localized.Pick("单位最多100个字。", "The affiliation has at most 100 characters."));
    }
}
