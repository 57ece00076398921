namespace Xueshi.Enrollment.Domain;

/// <summary>A teacher's enrollment (报名) in a program: one per teacher and program, keyed teacher first.</summary>
internal sealed class ProgramEnrollment
{
    private ProgramEnrollment()
    {
    }

    public Guid TeacherId { get; private set; }

    public Guid ProgramId { get; private set; }

    public Guid Id { get; private set; }

    public DateTimeOffset EnrolledAt { get; private set; }

    public static ProgramEnrollment Create(Guid teacherId, Guid programId, DateTimeOffset now) => new()
    {
        TeacherId = teacherId,
        ProgramId = programId,
        Id = Guid.CreateVersion7(now),
        EnrolledAt = now,
    };
}
