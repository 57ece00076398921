using FluentValidation;
using Xueshi.Accounts.Domain;
using Xueshi.BuildingBlocks.Validation;

namespace Xueshi.Accounts.Features.LegalDocuments.GetLegalDocument;

internal sealed class GetLegalDocumentValidator : AbstractValidator<GetLegalDocument>
{
    public GetLegalDocumentValidator() =>
        RuleFor(r => r.Kind).Text(1, QueryEnum.LongestName<LegalDocumentKind>(), trim: false);
}
