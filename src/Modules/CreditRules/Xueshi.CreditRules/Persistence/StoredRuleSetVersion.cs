using Xueshi.CreditRules.Domain;
using Xueshi.CreditRules.Features.Admin;

namespace Xueshi.CreditRules.Persistence;

/// <summary>
/// One version of a program's rule set. A draft is replaced in place while it is edited; once published
/// the row never changes again (the entity refuses, and <see cref="CreditRulesDbContext"/> refuses to save
/// a change to it): a statement that names version 2 can always be read back as it was. Superseded is not
/// stored: it is a published version that is no longer the head's.
/// </summary>
internal sealed class StoredRuleSetVersion
{
    private StoredRuleSetVersion()
    {
    }

    public Guid ProgramId { get; private set; }

    public int Version { get; private set; }

    /// <summary>Draft or Published only.</summary>
    public RuleSetStatus Status { get; private set; }

    public RuleSet Document { get; private set; } = null!;

    public DateTimeOffset SavedAt { get; private set; }

    public Guid SavedBy { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public Guid? PublishedBy { get; private set; }

    public bool IsPublished => Status != RuleSetStatus.Draft;

    public static StoredRuleSetVersion Draft(Guid programId, int version, RuleSet document, Guid savedBy, DateTimeOffset now) => new()
    {
        ProgramId = programId,
        Version = version,
        Status = RuleSetStatus.Draft,
        Document = document,
        SavedAt = now,
        SavedBy = savedBy,
    };

    /// <summary>Published directly (demo data): the first version of an edition's rules.</summary>
    public static StoredRuleSetVersion PublishedNow(Guid programId, int version, RuleSet document, Guid? by, DateTimeOffset now) => new()
    {
        ProgramId = programId,
        Version = version,
        Status = RuleSetStatus.Published,
        Document = document,
        SavedAt = now,
        SavedBy = by ?? Guid.Empty,
        PublishedAt = now,
        PublishedBy = by,
    };

    public void Replace(RuleSet document, Guid savedBy, DateTimeOffset now)
    {
        RefuseIfPublished();
        Document = document;
        SavedAt = now;
        SavedBy = savedBy;
    }

    public void Publish(Guid by, DateTimeOffset now)
    {
        RefuseIfPublished();
        Status = RuleSetStatus.Published;
        PublishedAt = now;
        PublishedBy = by;
    }

    public RuleSetStatus StatusUnder(RuleSetHead head) =>
        Status == RuleSetStatus.Draft ? RuleSetStatus.Draft
        : head.PublishedVersion == Version ? RuleSetStatus.Published
        : RuleSetStatus.Superseded;

    private void RefuseIfPublished()
    {
        if (IsPublished)
        {
            throw new InvalidOperationException($"Version {Version} of the rules of program {ProgramId} is published and never changes.");
        }
    }
}
