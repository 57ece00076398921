using FluentValidation;
using Xueshi.BuildingBlocks.Localization;

namespace Xueshi.LearningProgress.Features.SendHeartbeat;

internal sealed class SendHeartbeatValidator : AbstractValidator<SendHeartbeat>
{
    /// <summary>Far beyond any playback: a heartbeat every second for over three years.</summary>
    public const int MaxSequence = 100_000_000;

    /// <summary>A day: longer than any video; positions beyond the media's duration are clamped anyway.</summary>
    public const double MaxPosition = 86_400;

    public SendHeartbeatValidator()
    {
        RuleFor(r => r.Sequence).NotNull().InclusiveBetween(1, MaxSequence)
            .WithMessage(_ => Localized.Pick("心跳序号应为正整数。", "The sequence is a positive whole number."));
        RuleFor(r => r.PositionSeconds).InclusiveBetween(0, MaxPosition)
            .WithMessage(_ => Localized.Pick("播放位置应在0至86400秒之间。", "The position is 0 to 86400 seconds."));
        RuleFor(r => r.PlaybackRate).InclusiveBetween(0.1, 16)
            .WithMessage(_ => Localized.Pick("播放速度应在0.1至16倍之间。", "The playback rate is 0.1× to 16×."));
        RuleFor(r => r.Playing).NotNull()
            .WithMessage(_ => Localized.Pick("请说明是否正在播放。", "Say whether the media is playing."));
        RuleFor(r => r.Event).IsInEnum()
            .WithMessage(_ => Localized.Pick("心跳事件无效。", "Unknown heartbeat event."));
    }
}
