using FluentValidation;
using Xueshi.Accounts.Domain;
using Xueshi.BuildingBlocks.Localization;
using Xueshi.BuildingBlocks.Validation;

namespace Xueshi.Accounts.Features.LegalDocuments.PublishLegalDocument;

internal sealed class PublishLegalDocumentValidator : AbstractValidator<PublishLegalDocument>
{
    public PublishLegalDocumentValidator()
    {
        RuleFor(r => r.Title).Text(1, LegalDocument.TitleMaxLength)
            .WithMessage(_ => Localized.Pick("标题为1-50个字符。", "The title needs 1 to 50 characters."));
        RuleFor(r => r.Text).Text(1, LegalDocument.BodyMaxLength)
            .WithMessage(_ => Localized.Pick("正文为1-50000个字符。", "The text needs 1 to 50000 characters."));
        RuleFor(r => r.Kind).Text(1, QueryEnum.LongestName<LegalDocumentKind>(), trim: false);
    }
}
