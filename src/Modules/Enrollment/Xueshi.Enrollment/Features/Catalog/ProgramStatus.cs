using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Domain;

namespace Xueshi.Enrollment.Features.Catalog;

/// <summary>Where a program stands for a teacher today (进行中 / 即将开始 / 已结束), judged by its window in China Standard Time.</summary>
internal enum ProgramStatus
{
    /// <summary>进行中: published and inside its window.</summary>
    Open,

    /// <summary>即将开始: published, its window not yet open.</summary>
    Upcoming,

    /// <summary>已结束: its window is over, or it is closed.</summary>
    Ended,
}

internal static class ProgramStatuses
{
    public static ProgramStatus Of(ProgramState state, DateOnly startsOn, DateOnly endsOn, DateOnly today) =>
        state == ProgramState.Closed || endsOn < today ? ProgramStatus.Ended
        : startsOn > today ? ProgramStatus.Upcoming
        : ProgramStatus.Open;

    public static ProgramStatus Of(TrainingProgram program, DateOnly today) => Of(program.State, program.StartsOn, program.EndsOn, today);

    /// <summary>Today in Beijing: a window's dates are whole days there.</summary>
    public static DateOnly Today(TimeProvider clock) => StudyWindow.DateAt(clock.GetUtcNow());
}
