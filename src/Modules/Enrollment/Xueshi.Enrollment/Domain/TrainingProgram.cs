using Xueshi.Accounts.Contracts;
using Xueshi.Enrollment.Contracts;

namespace Xueshi.Enrollment.Domain;

/// <summary>
/// A program (专题): what teachers enroll in, with its window, its audience, whom it admits and its
/// courses (through <see cref="ProgramCourse"/>). <see cref="Revision"/> is the optimistic-concurrency
/// token behind the ETag operators send back in If-Match.
/// </summary>
internal sealed class TrainingProgram
{
    private TrainingProgram()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The 研修 it belongs to, if any.</summary>
    public Guid? TrainingId { get; private set; }

    public string Title { get; private set; } = "";

    public string Description { get; private set; } = "";

    public Guid? CoverMediaId { get; private set; }

    public Audience Audience { get; private set; }

    public DateOnly StartsOn { get; private set; }

    public DateOnly EndsOn { get; private set; }

    public StudyWindow Window => new(StartsOn, EndsOn);

    /// <summary>证书发放日期 (China Standard Time); null when the program has no certificate of its own.</summary>
    public DateOnly? CertificateDate { get; private set; }

    public ProgramState State { get; private set; }

    public SchoolSystemPolicy SchoolSystems { get; private set; } = SchoolSystemPolicy.AdmitAll;

    /// <summary>The identities that may enroll: teachers by default, staff identities where the operator adds them.</summary>
    public IReadOnlyList<AccountIdentity> AdmittedIdentities { get; private set; } = [AccountIdentity.Teacher];

    public IReadOnlyList<ProgramProfileField> RequiredProfileFields { get; private set; } = [];

    public SupportContact Support { get; private set; } = SupportContact.None;

    /// <summary>The fastest credited playback rate and when a quiz is complete.</summary>
    public StudySettings Study { get; private set; } = StudySettings.Default;

    public int Revision { get; private set; }

    public DateTimeOffset? PublishedAt { get; private set; }

    public DateTimeOffset CreatedAt { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static TrainingProgram CreateDraft(ProgramDetails details, DateTimeOffset now)
    {
        var program = new TrainingProgram { Id = Guid.CreateVersion7(now), State = ProgramState.Draft, CreatedAt = now };
        program.Apply(details, now);
        program.Revision = 1;
        return program;
    }

    /// <summary>Replaces every editable field; a published program stays published (adding and fixing is allowed).</summary>
    public void Edit(ProgramDetails details, DateTimeOffset now)
    {
        Apply(details, now);
        Touch(now);
    }

    public void Publish(DateTimeOffset now)
    {
        State = ProgramState.Published;
        PublishedAt ??= now;
        Touch(now);
    }

    public void Close(DateTimeOffset now)
    {
        State = ProgramState.Closed;
        Touch(now);
    }

    /// <summary>Anything under the program changed (its course list): the ETag must change too.</summary>
    public void Touch(DateTimeOffset now)
    {
        Revision++;
        UpdatedAt = now;
    }

    public bool IsVisibleToTeachers => State != ProgramState.Draft;

    private void Apply(ProgramDetails details, DateTimeOffset now)
    {
        TrainingId = details.TrainingId;
        Title = details.Title.Trim();
        Description = details.Description.Trim();
        CoverMediaId = details.CoverMediaId;
        Audience = details.Audience;
        StartsOn = details.StartsOn;
        EndsOn = details.EndsOn;
        CertificateDate = details.CertificateDate;
        SchoolSystems = details.SchoolSystems;
        AdmittedIdentities = details.AdmittedIdentities.Count == 0 ? [AccountIdentity.Teacher] : details.AdmittedIdentities.Distinct().ToList();
        RequiredProfileFields = details.RequiredProfileFields.Distinct().ToList();
        Support = details.Support;
        Study = details.Study ?? StudySettings.Default;
        UpdatedAt = now;
    }
}

/// <summary>Everything an operator sets on a program.</summary>
internal sealed record ProgramDetails(
    Guid? TrainingId,
    string Title,
    string Description,
    Guid? CoverMediaId,
    Audience Audience,
    DateOnly StartsOn,
    DateOnly EndsOn,
    DateOnly? CertificateDate,
    SchoolSystemPolicy SchoolSystems,
    IReadOnlyList<AccountIdentity> AdmittedIdentities,
    IReadOnlyList<ProgramProfileField> RequiredProfileFields,
    SupportContact Support,
    StudySettings? Study = null);
