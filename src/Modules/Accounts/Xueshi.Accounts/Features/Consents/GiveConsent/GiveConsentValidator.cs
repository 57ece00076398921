using FluentValidation;

namespace Xueshi.Accounts.Features.Consents.GiveConsent;

internal sealed class GiveConsentValidator : AbstractValidator<GiveConsent>
{
    public GiveConsentValidator()
    {
        RuleFor(r => r.UserAgreementVersion).MustBeLegalVersion();
        RuleFor(r => r.PrivacyPolicyVersion).MustBeLegalVersion();
    }
}
