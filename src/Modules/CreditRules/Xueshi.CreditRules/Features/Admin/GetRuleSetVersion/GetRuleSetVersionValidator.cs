using FluentValidation;

namespace Xueshi.CreditRules.Features.Admin.GetRuleSetVersion;

/// <summary>Versions count from 1; the bound also gives the OpenAPI document the path parameter's range.</summary>
internal sealed class GetRuleSetVersionValidator : AbstractValidator<GetRuleSetVersion>
{
    public GetRuleSetVersionValidator() => RuleFor(r => r.Version).InclusiveBetween(1, 1_000_000);
}
