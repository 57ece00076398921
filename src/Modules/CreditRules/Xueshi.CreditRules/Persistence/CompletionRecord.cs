namespace Xueshi.CreditRules.Persistence;

/// <summary>
/// The first time a teacher's statement in a program was complete (结业): written once, with the
/// <c>ProgramCompleted</c> event in the same transaction; its key makes a second writer lose.
/// </summary>
internal sealed class CompletionRecord
{
    private CompletionRecord()
    {
    }

    public Guid TeacherId { get; private set; }

    public Guid ProgramId { get; private set; }

    public DateTimeOffset CompletedAt { get; private set; }

    public int RuleSetVersion { get; private set; }

    public decimal CreditedHours { get; private set; }

    public static CompletionRecord Create(Guid teacherId, Guid programId, DateTimeOffset completedAt, int ruleSetVersion, decimal creditedHours) => new()
    {
        TeacherId = teacherId,
        ProgramId = programId,
        CompletedAt = completedAt,
        RuleSetVersion = ruleSetVersion,
        CreditedHours = creditedHours,
    };
}
