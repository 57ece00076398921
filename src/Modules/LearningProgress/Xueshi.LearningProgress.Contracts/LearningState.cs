namespace Xueshi.LearningProgress.Contracts;

/// <summary>A resource's state as the outline's circle shows it.</summary>
public enum LearningState
{
    /// <summary>未开始: a hollow circle.</summary>
    NotStarted = 0,

    /// <summary>学习中: a partly filled circle.</summary>
    InProgress = 1,

    /// <summary>已完成: a filled circle with ✓. Recorded once, with its time.</summary>
    Completed = 2,
}
