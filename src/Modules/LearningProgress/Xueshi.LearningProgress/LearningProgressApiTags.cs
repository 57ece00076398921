namespace Xueshi.LearningProgress;

/// <summary>What each of the module's OpenAPI tags covers, written once for integrators.</summary>
internal static class LearningProgressApiTags
{
    public const string Playback = "Playback";
    public const string Quizzes = "Quizzes";
    public const string Progress = "Progress";

    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>
    {
        [Playback] = "Playing a video or reading a text (学习资源): start a playback, then send heartbeats every few seconds and on pause, " +
            "seek, ended and page hide. The server alone decides what was watched, by its own clock: a segment is credited only when the " +
            "position advanced no faster than the program's fastest rate allows; a seek forward credits nothing of what it skipped.",
        [Quizzes] = "A video's quiz (视频中的测试题), delivered when the playback reaches it, and course tests (课程测试): answers are graded on " +
            "the server, every attempt is kept, and correct answers are never sent before an attempt.",
        [Progress] = "The teacher's own progress: each resource's state (未开始/学习中/已完成), the part watched, and 已学习 (study time), which " +
            "follows completion: a completed video adds its whole duration, a partly watched one adds nothing.",
    };
}
