using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Domain;

namespace Xueshi.Enrollment.DemoData;

/// <summary>The questions of the demo quizzes: about the platform's own rules, so a person trying it learns them.</summary>
internal static class DemoQuizzes
{
    /// <summary>A quiz a few seconds before the video's end, so the rest of the video is still to watch after it.</summary>
    public static Quiz EndOfVideo(double durationSeconds, DateTimeOffset now) =>
        new((int)Math.Max(1, Math.Floor(durationSeconds) - 10),
        [
            Single(now, "观看视频时，怎样才能获得该视频对应的学时？",
                ["完整观看视频，并完成视频结尾的测试题", "播放视频的一部分即可", "把视频拖动到结尾即可"], correct: 0),
            TrueOrFalse(now, "获得课程认定学时后，平台仍会继续记录学习时长。", isTrue: true),
        ]);

    public static Quiz CourseTest(DateTimeOffset now) =>
        new(null,
        [
            Single(now, "“认定 XX 学时”是指什么？", ["此门课或本次研修可认定的最高学时", "已经学习的时长", "视频的总时长"], correct: 0),
            Multiple(now, "以下哪些信息会影响学时认定？（多选）", ["个人信息是否完善", "是否经学校管理员审核", "浏览器的颜色主题"], correct: [0, 1]),
            TrueOrFalse(now, "研修结束后仍可继续学习并获得认定学时。", isTrue: false),
        ]);

    private static QuizQuestion Single(DateTimeOffset now, string text, string[] options, int correct)
    {
        var opts = options.Select(o => new QuizOption(Guid.CreateVersion7(now), o)).ToList();
        return new QuizQuestion(Guid.CreateVersion7(now), QuestionKind.SingleChoice, text, opts, [opts[correct].Id]);
    }

    private static QuizQuestion Multiple(DateTimeOffset now, string text, string[] options, int[] correct)
    {
        var opts = options.Select(o => new QuizOption(Guid.CreateVersion7(now), o)).ToList();
        return new QuizQuestion(Guid.CreateVersion7(now), QuestionKind.MultipleChoice, text, opts, correct.Select(i => opts[i].Id).ToList());
    }

    private static QuizQuestion TrueOrFalse(DateTimeOffset now, string text, bool isTrue)
    {
        var opts = new List<QuizOption> { new(Guid.CreateVersion7(now), "正确"), new(Guid.CreateVersion7(now), "错误") };
        return new QuizQuestion(Guid.CreateVersion7(now), QuestionKind.TrueFalse, text, opts, [opts[isTrue ? 0 : 1].Id]);
    }
}
