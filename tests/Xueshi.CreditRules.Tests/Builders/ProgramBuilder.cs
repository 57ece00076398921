using Xueshi.Enrollment.Contracts;

namespace Xueshi.CreditRules.Tests.Builders;

/// <summary>A program outline put together course by course, the way the manuals list them.</summary>
internal sealed class ProgramBuilder(string title, DateOnly startsOn, DateOnly endsOn)
{
    private readonly List<CourseBuilder> courses = [];

    public Guid ProgramId { get; } = Guid.NewGuid();

    public StudyWindow Window { get; } = new(startsOn, endsOn);

    public CourseBuilder Course(string courseTitle, DateOnly? opensOn = null)
    {
        var course = new CourseBuilder(courseTitle, opensOn);
        courses.Add(course);
        return course;
    }

    public ProgramOutline Build() => new(
        ProgramId, title, Audience.BasicEducation, ProgramState.Published, null, Window, null, StudySettings.Default, [],
        [.. courses.Select((c, i) => c.Build(i + 1))]);
}

internal sealed class CourseBuilder(string title, DateOnly? opensOn)
{
    private readonly List<ResourceFacts> resources = [];
    private Guid? carriedFrom;
    private StudyWindow? carriedWindow;

    public Guid CourseId { get; } = Guid.NewGuid();

    public string Title => title;

    public IReadOnlyList<ResourceFacts> Resources => resources;

    public CourseBuilder CarriedFrom(DateOnly startsOn, DateOnly endsOn)
    {
        carriedFrom = Guid.NewGuid();
        carriedWindow = new StudyWindow(startsOn, endsOn);
        return this;
    }

    /// <summary>A video of whole minutes (plus extra seconds), with an end-of-video quiz when asked.</summary>
    public ResourceFacts Video(int minutes, int extraSeconds = 0, bool quiz = false, bool extension = false, bool archived = false)
    {
        var seconds = (minutes * 60) + extraSeconds;
        return Add(new ResourceFacts(
            Guid.NewGuid(), CourseId, $"视频{resources.Count + 1}", ResourceKind.Video, Guid.NewGuid(), seconds,
            quiz ? Math.Max(0, seconds - 30) : null, quiz ? 3 : 0, null, null, extension, archived));
    }

    public ResourceFacts Text(int studyMinutes, bool extension = false) => Add(new ResourceFacts(
        Guid.NewGuid(), CourseId, $"文本{resources.Count + 1}", ResourceKind.Text, null, null, null, 0, 60, studyMinutes, extension, false));

    public ResourceFacts CourseTest(bool archived = false) => Add(new ResourceFacts(
        Guid.NewGuid(), CourseId, "课程测试", ResourceKind.CourseTest, null, null, null, 5, null, null, false, archived));

    public IReadOnlyList<ResourceFacts> Videos(int count, int minutes, bool quiz = false) =>
        [.. Enumerable.Range(0, count).Select(_ => Video(minutes, quiz: quiz))];

    private ResourceFacts Add(ResourceFacts resource)
    {
        resources.Add(resource);
        return resource;
    }

    public OutlineCourse Build(int position) => new(CourseId, title, position, opensOn, carriedFrom, carriedWindow, [.. resources]);
}
