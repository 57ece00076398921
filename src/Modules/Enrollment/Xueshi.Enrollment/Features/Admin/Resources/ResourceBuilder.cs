using Microsoft.EntityFrameworkCore;
using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Domain;
using Xueshi.Enrollment.Media;

namespace Xueshi.Enrollment.Features.Admin.Resources;

/// <summary>
/// Turns what the operator sent into a resource's content: the video's duration copied from its media
/// file (measured by ffprobe on upload, never taken from the request), rich text sanitized, and quiz
/// ids kept where the client sent back ids of the current quiz and generated (UUID v7) otherwise.
/// </summary>
internal sealed class ResourceBuilder(CatalogEditing editing, IMediaCatalog media, CatalogCoherence coherence)
{
    public async Task<ResourceContent> ContentAsync(IResourceFields fields, Quiz? current, CancellationToken ct)
    {
        var kind = fields.Kind!.Value;
        double? duration = null;
        if (kind == ResourceKind.Video && fields.MediaId is { } videoId)
        {
            var video = await media.FindAsync(videoId, ct) ?? throw CatalogAdminErrors.MediaNotFound.ToException();
            if (video.Kind != MediaKind.Video)
            {
                CatalogCoherence.ThrowIfAny([new CoherenceIssue("mediaId", "enrollment.media_not_video",
                    BuildingBlocks.Localization.Localized.Pick("所选文件不是视频。", "The media file is not a video."))]);
            }

            duration = video.DurationSeconds;
        }

        if (kind == ResourceKind.Text && fields.DocumentMediaId is { } pdfId)
        {
            var pdf = await media.FindAsync(pdfId, ct) ?? throw CatalogAdminErrors.MediaNotFound.ToException();
            if (pdf.Kind != MediaKind.Pdf)
            {
                CatalogCoherence.ThrowIfAny([new CoherenceIssue("documentMediaId", "enrollment.media_not_pdf",
                    BuildingBlocks.Localization.Localized.Pick("所选文件不是PDF。", "The media file is not a PDF."))]);
            }
        }

        var text = kind == ResourceKind.Text && !string.IsNullOrWhiteSpace(fields.TextBody) ? RichText.Sanitize(fields.TextBody) : null;
        var quiz = kind == ResourceKind.Text || fields.Quiz is null ? null : Quiz(fields.Quiz, kind, current);
        return new ResourceContent(fields.Title ?? "", kind, fields.IsExtension, fields.MediaId, duration, string.IsNullOrEmpty(text) ? null : text,
            fields.DocumentMediaId, fields.MinReadingSeconds, fields.StudyMinutes, quiz);
    }

    /// <summary>The chapter must belong to the course.</summary>
    public async Task RequireChapterAsync(Guid courseId, Guid chapterId, CancellationToken ct)
    {
        if (!await editing.Db.Chapters.AnyAsync(c => c.Id == chapterId && c.CourseId == courseId, ct))
        {
            throw CatalogAdminErrors.ChapterNotFound.ToException();
        }
    }

    /// <summary>When a published program includes the course, the resource must be coherent as it now stands.</summary>
    public async Task CheckAsync(Resource resource, IReadOnlyList<ProgramOfCourse> programs, CancellationToken ct)
    {
        if (programs.Any(p => p.IsPublished))
        {
            CatalogCoherence.ThrowIfAny(await coherence.ResourceAsync(resource, "", ct));
        }
    }

    private Quiz Quiz(QuizInput input, ResourceKind kind, Quiz? current)
    {
        var now = editing.Now;
        var questions = new List<QuizQuestion>();
        foreach (var q in input.Questions ?? [])
        {
            var existing = q.Id is { } qid ? current?.Questions.FirstOrDefault(c => c.Id == qid) : null;
            var questionId = existing?.Id ?? Guid.CreateVersion7(now);
            var options = new List<QuizOption>();
            var correct = new List<Guid>();
            foreach (var o in q.Options ?? [])
            {
                var optionId = o.Id is { } oid && existing?.Options.Any(e => e.Id == oid) == true ? oid : Guid.CreateVersion7(now);
                options.Add(new QuizOption(optionId, (o.Text ?? "").Trim()));
                if (o.IsCorrect)
                {
                    correct.Add(optionId);
                }
            }

            questions.Add(new QuizQuestion(questionId, q.Kind!.Value, (q.Text ?? "").Trim(), options, correct));
        }

        return new Quiz(kind == ResourceKind.Video ? input.PositionSeconds : null, questions);
    }
}
