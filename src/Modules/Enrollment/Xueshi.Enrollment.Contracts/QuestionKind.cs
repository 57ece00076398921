namespace Xueshi.Enrollment.Contracts;

/// <summary>The kinds of quiz question the manuals use.</summary>
public enum QuestionKind
{
    /// <summary>单选题: exactly one correct option.</summary>
    SingleChoice,

    /// <summary>多选题: one or more correct options, all of them needed.</summary>
    MultipleChoice,

    /// <summary>判断题: two options, 正确 and 错误.</summary>
    TrueFalse,
}
