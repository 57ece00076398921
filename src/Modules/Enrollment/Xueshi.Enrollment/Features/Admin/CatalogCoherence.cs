using Xueshi.BuildingBlocks.Localization;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Domain;
using Xueshi.Enrollment.Media;

namespace Xueshi.Enrollment.Features.Admin;

/// <summary>One reason a program would not be coherent, on the field (JSON path) to fix.</summary>
/// <param name="Field">e.g. endsOn, courses[0].opensOn, mediaId, quiz.questions[1].options.</param>
/// <param name="Code">A stable code, e.g. enrollment.quiz_beyond_video.</param>
/// <param name="Message">What to fix, in the caller's language.</param>
internal sealed record CoherenceIssue(string Field, string Code, string Message);

/// <summary>
/// The rules that keep a published program coherent (a teacher could otherwise meet a video with no
/// file, a quiz after the end of its video, or a question nobody can answer right). Drafts may be
/// incomplete: these run on publishing, and on every edit of a published program or of a course a
/// published program includes.
/// </summary>
internal sealed class CatalogCoherence(IMediaCatalog media)
{
    public static IEnumerable<CoherenceIssue> Window(DateOnly startsOn, DateOnly endsOn)
    {
        if (endsOn < startsOn)
        {
            yield return new("endsOn", "enrollment.window_inverted",
                Localized.Pick("学习结束日期不能早于开始日期。", "The window cannot end before it starts."));
        }
    }

    public static IEnumerable<CoherenceIssue> Opening(string field, DateOnly? opensOn, DateOnly startsOn, DateOnly endsOn)
    {
        if (opensOn is { } date && (date < startsOn || date > endsOn))
        {
            yield return new(field, "enrollment.course_opens_outside_window",
                Localized.Pick($"课程开放日期须在专题学习时间（{startsOn:yyyy-MM-dd}至{endsOn:yyyy-MM-dd}）内。",
                    $"The course must open inside the program's window ({startsOn:yyyy-MM-dd} to {endsOn:yyyy-MM-dd})."));
        }
    }

    public static CoherenceIssue NoCourses() => new("courses", "enrollment.program_without_courses",
        Localized.Pick("专题至少需要一门课程才能发布。", "A program needs at least one course to be published."));

    /// <summary>A resource's own rules; <paramref name="prefix"/> names it in the fields ("" for the one being edited).</summary>
    public async Task<IReadOnlyList<CoherenceIssue>> ResourceAsync(Resource resource, string prefix, CancellationToken ct)
    {
        var issues = new List<CoherenceIssue>();
        if (resource.IsArchived)
        {
            return issues;
        }

        if (resource.Kind == ResourceKind.Video)
        {
            var file = resource.MediaId is { } id ? await media.FindAsync(id, ct) : null;
            if (resource.MediaId is null)
            {
                issues.Add(new(prefix + "mediaId", "enrollment.video_without_media",
                    Localized.Pick("视频资源须选择已上传的视频文件。", "A video resource needs an uploaded video file.")));
            }
            else if (file is null || file.Kind != MediaKind.Video)
            {
                issues.Add(new(prefix + "mediaId", "enrollment.media_not_video",
                    Localized.Pick("所选文件不是视频。", "The media file is not a video.")));
            }
        }

        if (resource.Kind == ResourceKind.Text && resource.DocumentMediaId is { } pdf
            && await media.FindAsync(pdf, ct) is not { Kind: MediaKind.Pdf })
        {
            issues.Add(new(prefix + "documentMediaId", "enrollment.media_not_pdf",
                Localized.Pick("所选文件不是PDF。", "The media file is not a PDF.")));
        }

        if (resource.Kind == ResourceKind.Text && resource.DocumentMediaId is null && string.IsNullOrWhiteSpace(resource.TextBody))
        {
            issues.Add(new(prefix + "textBody", "enrollment.text_without_content",
                Localized.Pick("文本资源须填写正文或选择PDF。", "A text resource needs rich text or a PDF.")));
        }

        if (resource.Quiz is { } quiz)
        {
            if (resource.Kind == ResourceKind.Video && quiz.PositionSeconds is { } at && resource.DurationSeconds is { } duration && at > duration)
            {
                issues.Add(new(prefix + "quiz.positionSeconds", "enrollment.quiz_beyond_video",
                    Localized.Pick($"测试题出现位置不能超过视频时长（{Math.Floor(duration)}秒）。",
                        $"The quiz cannot appear after the video's end ({Math.Floor(duration)} s).")));
            }

            if (resource.Kind == ResourceKind.CourseTest && quiz.Questions.Count == 0)
            {
                issues.Add(new(prefix + "quiz.questions", "enrollment.course_test_without_questions",
                    Localized.Pick("课程测试至少需要一道题。", "A course test needs at least one question.")));
            }

            issues.AddRange(Questions(quiz, prefix + "quiz."));
        }
        else if (resource.Kind == ResourceKind.CourseTest)
        {
            issues.Add(new(prefix + "quiz", "enrollment.course_test_without_questions",
                Localized.Pick("课程测试至少需要一道题。", "A course test needs at least one question.")));
        }

        return issues;
    }

    public static IEnumerable<CoherenceIssue> Questions(Quiz quiz, string prefix)
    {
        for (var i = 0; i < quiz.Questions.Count; i++)
        {
            var question = quiz.Questions[i];
            var field = $"{prefix}questions[{i}]";
            var correct = question.CorrectOptionIds.Count;
            if (correct == 0)
            {
                yield return new(field + ".options", "enrollment.question_without_answer",
                    Localized.Pick($"第{i + 1}题没有设置正确答案。", $"Question {i + 1} has no correct answer."));
            }
            else if (question.Kind != QuestionKind.MultipleChoice && correct != 1)
            {
                yield return new(field + ".options", "enrollment.question_one_answer",
                    Localized.Pick($"第{i + 1}题（单选或判断）只能有一个正确答案。", $"Question {i + 1} (single choice or true/false) has exactly one correct answer."));
            }

            if (question.Kind == QuestionKind.TrueFalse && question.Options.Count != 2)
            {
                yield return new(field + ".options", "enrollment.true_false_options",
                    Localized.Pick($"第{i + 1}题为判断题，须恰好有两个选项。", $"Question {i + 1} is true/false and needs exactly two options."));
            }
            else if (question.Kind != QuestionKind.TrueFalse && question.Options.Count < 2)
            {
                yield return new(field + ".options", "enrollment.question_options",
                    Localized.Pick($"第{i + 1}题至少需要两个选项。", $"Question {i + 1} needs at least two options."));
            }
        }
    }

    /// <summary>Refuses with 422 enrollment.program_incoherent, each issue on its field, when there is any.</summary>
    public static void ThrowIfAny(IReadOnlyCollection<CoherenceIssue> issues)
    {
        if (issues.Count == 0)
        {
            return;
        }

        throw CatalogAdminErrors.Incoherent.ToException(new Dictionary<string, object?>
        {
            ["errors"] = issues.GroupBy(i => i.Field).ToDictionary(g => g.Key, g => g.Select(i => i.Message).Distinct().ToArray()),
            ["issues"] = issues.ToArray(),
        });
    }
}
