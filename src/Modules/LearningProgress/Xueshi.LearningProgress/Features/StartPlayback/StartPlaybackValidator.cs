using FluentValidation;
using Xueshi.BuildingBlocks.Localization;
using Xueshi.BuildingBlocks.Validation;

namespace Xueshi.LearningProgress.Features.StartPlayback;

internal sealed class StartPlaybackValidator : AbstractValidator<StartPlayback>
{
    public StartPlaybackValidator()
    {
        RuleFor(r => r.ClientPlaybackRates).ItemCount(0, 20)
            .WithMessage(_ => Localized.Pick("播放速度最多20项。", "At most 20 playback rates."));
        RuleForEach(r => r.ClientPlaybackRates).InclusiveBetween(0.1, 16)
            .WithMessage(_ => Localized.Pick("播放速度应在0.1至16倍之间。", "A playback rate is 0.1× to 16×."));
    }
}
