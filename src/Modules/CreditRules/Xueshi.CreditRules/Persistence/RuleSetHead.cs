namespace Xueshi.CreditRules.Persistence;

/// <summary>
/// A program's credit rules at a glance: which version is in force and which is being edited.
/// <see cref="Revision"/> is the optimistic-concurrency token every save, publish and discard moves
/// on, and the ETag the operator's editor sends back in If-Match.
/// </summary>
internal sealed class RuleSetHead
{
    private RuleSetHead()
    {
    }

    public Guid ProgramId { get; private set; }

    public int Revision { get; private set; }

    /// <summary>The version in force; null before the first publish (nothing is credited).</summary>
    public int? PublishedVersion { get; private set; }

    /// <summary>The version being edited; null when there is none.</summary>
    public int? DraftVersion { get; private set; }

    public static RuleSetHead Create(Guid programId) => new() { ProgramId = programId, Revision = 1 };

    public void DraftIs(int version)
    {
        DraftVersion = version;
        Revision++;
    }

    public void Published(int version)
    {
        PublishedVersion = version;
        DraftVersion = null;
        Revision++;
    }

    public void DraftDiscarded()
    {
        DraftVersion = null;
        Revision++;
    }
}
