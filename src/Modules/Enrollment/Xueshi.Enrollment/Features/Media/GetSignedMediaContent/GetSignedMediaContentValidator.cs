using FluentValidation;
using Xueshi.BuildingBlocks.Localization;

namespace Xueshi.Enrollment.Features.Media.GetSignedMediaContent;

internal sealed class GetSignedMediaContentValidator : AbstractValidator<GetSignedMediaContent>
{
    /// <summary>A sealed signature is a few hundred characters; anything much longer is not one.</summary>
    public const int SignatureMaxLength = 1024;

    public GetSignedMediaContentValidator()
    {
        RuleFor(r => r.Signature).NotEmpty().MaximumLength(SignatureMaxLength)
            .WithMessage(_ => Localized.Pick("缺少有效的播放链接参数 signature。", "The signature of a media link is required."));
    }
}
