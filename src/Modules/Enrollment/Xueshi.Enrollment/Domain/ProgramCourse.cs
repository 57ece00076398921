namespace Xueshi.Enrollment.Domain;

/// <summary>
/// A course's place in a program, with what differs per program: its order, its opening date there
/// (four courses of the 2023 winter program open on 5 Jan), and, for a course carried over from an
/// earlier program (the summer 2023 program's four 师德集中学习教育 courses), that program: enrollment
/// there counts here, and progress made inside its window stays progress.
/// </summary>
internal sealed class ProgramCourse
{
    private ProgramCourse()
    {
    }

    public Guid ProgramId { get; private set; }

    public Guid CourseId { get; private set; }

    public int Position { get; private set; }

    /// <summary>China Standard Time; null opens with the program's window.</summary>
    public DateOnly? OpensOn { get; private set; }

    public Guid? CarriedFromProgramId { get; private set; }

    public static ProgramCourse Create(Guid programId, Guid courseId, int position, DateOnly? opensOn, Guid? carriedFromProgramId) => new()
    {
        ProgramId = programId,
        CourseId = courseId,
        Position = position,
        OpensOn = opensOn,
        CarriedFromProgramId = carriedFromProgramId,
    };

    public void Change(int position, DateOnly? opensOn, Guid? carriedFromProgramId)
    {
        Position = position;
        OpensOn = opensOn;
        CarriedFromProgramId = carriedFromProgramId;
    }
}
