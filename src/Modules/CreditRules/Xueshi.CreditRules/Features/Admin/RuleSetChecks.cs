using FluentValidation;
using FluentValidation.Results;
using Xueshi.CreditRules.Domain;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.CreditRules.Features.Admin;

/// <summary>
/// Everything a rule set must pass to be saved, published or previewed: its own limits (the
/// validator, whose limits the OpenAPI document shows), then, once it is well formed, its consistency
/// with itself and the program (<see cref="RuleSetConsistency"/>). Both come back as the same 400
/// validation.failed with field errors the pipeline gives, keyed by the JSON path (courses[1].maxHours: the
/// exception handler camel-cases every segment).
/// </summary>
internal sealed class RuleSetChecks(IValidator<RuleSet> validator)
{
    /// <summary>Its own limits, before anything is looked up: bad input is refused whatever the program.</summary>
    /// <param name="prefix">The path of the rule set in the request body ("ruleSet" in a preview), or empty when it is the body.</param>
    public void RequireWellFormed(RuleSet rules, string prefix = "") =>
        ThrowIfAny(validator.Validate(rules).Errors
            .Select(f => new ValidationFailure(Path(prefix, f.PropertyName), f.ErrorMessage) { ErrorCode = f.ErrorCode }));

    /// <summary>Both: its limits, then (once well formed) its consistency with itself and the program.</summary>
    public void Require(RuleSet rules, ProgramOutline outline, string prefix = "")
    {
        RequireWellFormed(rules, prefix);
        ThrowIfAny(RuleSetConsistency.Check(rules, outline)
            .Select(p => new ValidationFailure(Path(prefix, p.Field), p.Message) { ErrorCode = p.Code }));
    }

    private static void ThrowIfAny(IEnumerable<ValidationFailure> failures)
    {
        var list = failures.ToList();
        if (list.Count > 0)
        {
            throw new ValidationException(list);
        }
    }

    private static string Path(string prefix, string field) =>
        prefix.Length == 0 ? field : field.Length == 0 ? prefix : $"{prefix}.{field}";
}
