using FluentValidation;
using Xueshi.BuildingBlocks.Localization;
using Xueshi.BuildingBlocks.Validation;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.Enrollment.Features.Admin.Resources;

/// <summary>Everything an operator sets on a resource, shared by adding and editing it. A video's duration is never among them.</summary>
internal interface IResourceFields
{
    Guid? ChapterId { get; }

    int? Position { get; }

    string? Title { get; }

    ResourceKind? Kind { get; }

    bool IsExtension { get; }

    Guid? MediaId { get; }

    string? TextBody { get; }

    Guid? DocumentMediaId { get; }

    int? MinReadingSeconds { get; }

    int? StudyMinutes { get; }

    QuizInput? Quiz { get; }
}

/// <summary>A video's quiz or a course test's questions.</summary>
/// <param name="PositionSeconds">Where a video's quiz appears, in seconds from the start (required for a video; not after its end once published). Ignored for a course test.</param>
/// <param name="Questions">In order, up to 100.</param>
internal sealed record QuizInput(int? PositionSeconds, IReadOnlyList<QuestionInput>? Questions);

/// <param name="Id">Send back the id you read to keep the question (teachers' answers refer to it); leave out for a new question.</param>
/// <param name="Kind">singleChoice, multipleChoice or trueFalse.</param>
/// <param name="Text">题干, 1 to 500 characters.</param>
/// <param name="Options">Up to 10; true/false needs exactly two.</param>
internal sealed record QuestionInput(Guid? Id, QuestionKind? Kind, string? Text, IReadOnlyList<OptionInput>? Options);

/// <param name="Id">Send back the id you read to keep the option; leave out for a new one.</param>
/// <param name="Text">选项, 1 to 200 characters.</param>
/// <param name="IsCorrect">Whether it is a correct answer (single choice and true/false: exactly one).</param>
internal sealed record OptionInput(Guid? Id, string? Text, bool IsCorrect);

internal abstract class ResourceFieldsValidator<T> : AbstractValidator<T>
    where T : IResourceFields
{
    public const int MaxSeconds = 86_400;
    public const int MaxStudyMinutes = 600;
    public const int MaxPosition = 1000;

    protected ResourceFieldsValidator()
    {
        RuleFor(r => r.ChapterId).NotNull().WithMessage(_ => Localized.Pick("请选择章节。", "Choose a chapter."));
        RuleFor(r => r.Position).InclusiveBetween(0, MaxPosition)
            .WithMessage(_ => Localized.Pick("顺序为0-1000。", "The position is 0 to 1000."));
        RuleFor(r => r.Title).Text(1, 100)
            .WithMessage(_ => Localized.Pick("资源名称为1-100个字。", "The title has 1 to 100 characters."));
        RuleFor(r => r.Kind).NotNull().IsInEnum()
            .WithMessage(_ => Localized.Pick("请选择资源类型（视频、文本或课程测试）。", "Choose the kind: video, text or courseTest."));
        RuleFor(r => r.TextBody).Text(0, RichText.MaxLength, trim: false)
            .WithMessage(_ => Localized.Pick("正文最多100000个字符。", "The text has at most 100000 characters."));
        RuleFor(r => r.MinReadingSeconds).InclusiveBetween(0, MaxSeconds)
            .WithMessage(_ => Localized.Pick("最短阅读时间为0-86400秒。", "The minimum reading time is 0 to 86400 seconds."));
        RuleFor(r => r.StudyMinutes).InclusiveBetween(0, MaxStudyMinutes)
            .WithMessage(_ => Localized.Pick("计入学习时长为0-600分钟。", "The study time is 0 to 600 minutes."));
        RuleFor(r => r.Quiz).Null().When(r => r.Kind == ResourceKind.Text)
            .WithMessage(_ => Localized.Pick("文本资源不能设置测试题。", "A text resource has no quiz."));
        RuleFor(r => r.Quiz).NotNull().When(r => r.Kind == ResourceKind.CourseTest)
            .WithMessage(_ => Localized.Pick("课程测试需要试题。", "A course test needs its questions."));
        RuleFor(r => r.Quiz!.PositionSeconds).NotNull().When(r => r.Kind == ResourceKind.Video && r.Quiz is not null)
            .OverridePropertyName("quiz.positionSeconds")
            .WithMessage(_ => Localized.Pick("请填写测试题出现的时间（秒）。", "Enter when the quiz appears (seconds)."));
        RuleFor(r => r.Quiz!).SetValidator(new QuizInputValidator()).When(r => r.Quiz is not null);
    }
}

internal sealed class QuizInputValidator : AbstractValidator<QuizInput>
{
    public QuizInputValidator()
    {
        RuleFor(q => q.PositionSeconds).InclusiveBetween(0, ResourceFieldsValidator<AddResource.AddResource>.MaxSeconds)
            .WithMessage(_ => Localized.Pick("出现时间为0-86400秒。", "The position is 0 to 86400 seconds."));
        RuleFor(q => q.Questions).ItemCount(0, 100)
            .WithMessage(_ => Localized.Pick("试题最多100道。", "At most 100 questions."));
        RuleForEach(q => q.Questions).SetValidator(new QuestionInputValidator());
    }
}

internal sealed class QuestionInputValidator : AbstractValidator<QuestionInput>
{
    public QuestionInputValidator()
    {
        RuleFor(q => q.Kind).NotNull().IsInEnum()
            .WithMessage(_ => Localized.Pick("请选择题型（单选、多选或判断）。", "Choose the question kind."));
        RuleFor(q => q.Text).Text(1, 500)
            .WithMessage(_ => Localized.Pick("题干为1-500个字。", "The question has 1 to 500 characters."));
        RuleFor(q => q.Options).ItemCount(0, 10)
            .WithMessage(_ => Localized.Pick("选项最多10个。", "At most 10 options."));
        RuleForEach(q => q.Options).SetValidator(new OptionInputValidator());
    }
}

internal sealed class OptionInputValidator : AbstractValidator<OptionInput>
{
    public OptionInputValidator() =>
        RuleFor(o => o.Text).Text(1, 200)
            .WithMessage(_ => Localized.Pick("选项为1-200个字。", "An option has 1 to 200 characters."));
}
