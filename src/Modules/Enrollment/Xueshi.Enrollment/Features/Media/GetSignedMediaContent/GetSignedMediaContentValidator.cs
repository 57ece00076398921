using FluentValidation;
using Xueshi.BuildingBlocks.Localization;

namespace Xueshi.Enrollment.Features.Media.GetSignedMediaContent;

internal sealed class GetSignedMediaContentValidator : AbstractValidator<GetSignedMediaContent>
{
    /// <summary>A sealed token is a few hundred characters; anything much longer is not one.</summary>
    public const int TokenMaxLength = 1024;

    public GetSignedMediaContentValidator()
    {
        RuleFor(r => r.Token).NotEmpty().MaximumLength(TokenMaxLength)
            .WithMessage(_ => Localized.Pick("缺少有效的播放链接参数 token。", "The token of a media link is required."));
    }
}
