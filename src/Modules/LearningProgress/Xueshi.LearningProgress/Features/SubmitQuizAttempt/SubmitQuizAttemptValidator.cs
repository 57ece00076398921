using FluentValidation;
using Xueshi.BuildingBlocks.Localization;
using Xueshi.BuildingBlocks.Validation;

namespace Xueshi.LearningProgress.Features.SubmitQuizAttempt;

internal sealed class SubmitQuizAttemptValidator : AbstractValidator<SubmitQuizAttempt>
{
    public SubmitQuizAttemptValidator()
    {
        RuleFor(r => r.Answers).NotNull().ItemCount(0, 100)
            .WithMessage(_ => Localized.Pick("请提交答案（最多100题）。", "Send the answers (at most 100)."));
        RuleForEach(r => r.Answers).SetValidator(new QuizAnswerValidator());
    }
}

internal sealed class QuizAnswerValidator : AbstractValidator<QuizAnswer>
{
    public QuizAnswerValidator()
    {
        RuleFor(a => a.QuestionId).NotNull()
            .WithMessage(_ => Localized.Pick("请指明题目。", "Name the question."));
        RuleFor(a => a.OptionIds).NotNull().ItemCount(1, 20)
            .WithMessage(_ => Localized.Pick("每题请选择1至20个选项。", "Choose 1 to 20 options per question."));
    }
}
