using System.Text.Json.Serialization;
using MediatR;
using Xueshi.CreditRules.Domain;
using Xueshi.CreditRules.Features.Views;

namespace Xueshi.CreditRules.Features.Admin.PreviewRuleSet;

/// <summary>
/// Evaluates a rule set (the one sent, else the draft, else the published one) against one real teacher's
/// progress before it is published, without storing anything.
/// </summary>
/// <param name="TeacherPhone">The teacher, by the phone number they sign in with; or give <paramref name="TeacherId"/>.</param>
/// <param name="TeacherId">The teacher's account id.</param>
/// <param name="RuleSet">The rules to try; null for the saved draft (or the published version when there is no draft).</param>
internal sealed record PreviewRuleSet(string? TeacherPhone, Guid? TeacherId, RuleSet? RuleSet) : IRequest<ProgramCreditView>
{
    /// <summary>From the route; not part of the body.</summary>
    [JsonIgnore]
    public Guid ProgramId { get; init; }
}
