using Xueshi.Enrollment.Contracts;
using Xueshi.Enrollment.Domain;
using Xueshi.Enrollment.Persistence;

namespace Xueshi.Enrollment.DemoData;

/// <summary>Adds a program with its courses, chapters and resources to the context in a few readable calls.</summary>
internal sealed class CatalogBuilder(EnrollmentDbContext db, DemoCatalogMedia media, DateTimeOffset now)
{
    private int videoCursor;

    public TrainingProgram Program(ProgramDetails details, bool publish = true)
    {
        var program = TrainingProgram.CreateDraft(details, now);
        if (publish)
        {
            program.Publish(now);
        }

        db.Programs.Add(program);
        return program;
    }

    public Course Course(string title, string description, params Lecturer[] lecturers)
    {
        var course = Domain.Course.Create(title, description, lecturers, now);
        db.Courses.Add(course);
        return course;
    }

    public void Include(TrainingProgram program, Course course, int position, DateOnly? opensOn = null, Guid? carriedFrom = null) =>
        db.ProgramCourses.Add(ProgramCourse.Create(program.Id, course.Id, position, opensOn, carriedFrom));

    public Chapter Chapter(Course course, string title, int position)
    {
        var chapter = Domain.Chapter.Create(course.Id, title, position, now);
        db.Chapters.Add(chapter);
        return chapter;
    }

    /// <summary>A placeholder video that reuses the next demo video in turn.</summary>
    /// <summary>The 45-minute lecture, when the media library made it.</summary>
    public DemoVideo? Lecture => media.Lecture;

    public Resource Video(Chapter chapter, int position, string title, bool isExtension = false, bool withQuiz = false)
    {
        var video = media.Video(videoCursor++);
        var quiz = withQuiz ? DemoQuizzes.EndOfVideo(video.DurationSeconds, now) : null;
        return Add(chapter, position, new ResourceContent(title, ResourceKind.Video, isExtension, video.MediaId, video.DurationSeconds, Quiz: quiz));
    }

    public Resource Video(Chapter chapter, int position, string title, DemoVideo video, Quiz? quiz = null, bool isExtension = false) =>
        Add(chapter, position, new ResourceContent(title, ResourceKind.Video, isExtension, video.MediaId, video.DurationSeconds, Quiz: quiz));

    public Resource Text(Chapter chapter, int position, string title, string html, int minReadingSeconds, int studyMinutes, bool isExtension = false) =>
        Add(chapter, position, new ResourceContent(title, ResourceKind.Text, isExtension, TextBody: html,
            MinReadingSeconds: minReadingSeconds, StudyMinutes: studyMinutes));

    public Resource Pdf(Chapter chapter, int position, string title, int minReadingSeconds, int studyMinutes, bool isExtension = false) =>
        Add(chapter, position, new ResourceContent(title, ResourceKind.Text, isExtension, DocumentMediaId: media.Pdf,
            MinReadingSeconds: minReadingSeconds, StudyMinutes: studyMinutes));

    public Resource CourseTest(Chapter chapter, int position, string title) =>
        Add(chapter, position, new ResourceContent(title, ResourceKind.CourseTest, false, Quiz: DemoQuizzes.CourseTest(now)));

    private Resource Add(Chapter chapter, int position, ResourceContent content)
    {
        var resource = Resource.Create(chapter.CourseId, chapter.Id, position, content, now);
        db.Resources.Add(resource);
        return resource;
    }
}
