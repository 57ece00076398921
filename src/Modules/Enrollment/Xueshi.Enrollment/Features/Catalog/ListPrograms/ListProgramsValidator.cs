using FluentValidation;
using Xueshi.BuildingBlocks.Localization;
using Xueshi.BuildingBlocks.Validation;

namespace Xueshi.Enrollment.Features.Catalog.ListPrograms;

internal sealed class ListProgramsValidator : AbstractValidator<ListPrograms>
{
    public ListProgramsValidator()
    {
        RuleFor(r => r.Status).Cascade(CascadeMode.Stop)
            .Text(0, "upcoming".Length)
            .WithMessage(_ => Localized.Pick("状态取值为：open, upcoming, ended", "The status is one of: open, upcoming, ended"))
            .Must(s => ProgramStatusQuery.TryParse(s, out _))
            .WithMessage(_ => Localized.Pick("状态取值为：open, upcoming, ended", "The status is one of: open, upcoming, ended"));
        RuleFor(r => r.Page).InclusiveBetween(1, Paging.MaxPage).WithMessage(_ => Paging.PageMessage);
        RuleFor(r => r.PageSize).InclusiveBetween(1, Paging.MaxPageSize).WithMessage(_ => Paging.PageSizeMessage);
    }
}

/// <summary>The status query value, spelt as in JSON (open, upcoming, ended).</summary>
internal static class ProgramStatusQuery
{
    public static bool TryParse(string? value, out ProgramStatus? status)
    {
        status = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        foreach (var candidate in Enum.GetValues<ProgramStatus>())
        {
            if (string.Equals(candidate.ToString(), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }

        return false;
    }
}
