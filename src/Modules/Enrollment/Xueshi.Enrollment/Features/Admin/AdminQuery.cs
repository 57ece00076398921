using System.Linq.Expressions;
using System.Text.Json;
using FluentValidation;
using Xueshi.BuildingBlocks.Localization;

namespace Xueshi.Enrollment.Features.Admin;

/// <summary>Paging and enum query values of the console's lists, as Accounts' lists take them.</summary>
internal static class AdminQuery
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxPage = 10_000;

    public static void Paging<T>(AbstractValidator<T> validator, Expression<Func<T, int?>> page, Expression<Func<T, int?>> pageSize)
    {
        validator.RuleFor(page).InclusiveBetween(1, MaxPage)
            .WithMessage(_ => Localized.Pick("页码为1-10000。", "Pages are 1 to 10000."));
        validator.RuleFor(pageSize).InclusiveBetween(1, MaxPageSize)
            .WithMessage(_ => Localized.Pick("每页数量为1-100。", "The page size is 1 to 100."));
    }

    /// <summary>An enum query value spelt as in JSON (camelCase); empty means no filter.</summary>
    public static bool TryParse<T>(string? value, out T? result)
        where T : struct, Enum
    {
        result = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(JsonNamingPolicy.CamelCase.ConvertName(candidate.ToString()), value.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                result = candidate;
                return true;
            }
        }

        return false;
    }
}
