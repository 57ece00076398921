using Xueshi.Accounts.Domain;

namespace Xueshi.Accounts.Privacy;

/// <summary>Who is looking at a teacher's personal data; <see cref="PersonalDataPolicy"/> decides it from the viewer's scope.</summary>
internal enum PersonalDataAudience
{
    /// <summary>The teacher themself (their profile, their certificate): everything in full.</summary>
    Owner,

    /// <summary>
    /// An administrator of the teacher's own school. The school records the certified hours in each
    /// teacher's training file (记录的方法由地方教育部门和学校…执行) and verifies who they are, so it sees the
    /// full name and the ID number to 6+4 (110105********1234): enough to tell two 李秀英 apart.
    /// </summary>
    OwnSchool,

    /// <summary>Anyone else allowed to see the teacher at all (region admins, support): name and ID number masked.</summary>
    Others,
}

/// <summary>
/// How one viewer sees teachers' personal data: every school view (the verification queue now; the
/// certificate list, its export and the progress reports later) renders names, ID numbers and phones
/// through this, so the policy lives here alone.
/// </summary>
internal sealed class PersonalDataView(PersonalDataAudience audience, IdNumberProtector protector)
{
    public PersonalDataAudience Audience => audience;

    public string? Name(string? realName) => realName is null
        ? null
        : audience is PersonalDataAudience.Others ? Masking.Name(realName) : realName;

    /// <param name="cipher">The stored, encrypted number; decrypted only for the owner and the own school.</param>
    /// <param name="storedMask">The mask stored beside it (37**************23), what everyone else sees.</param>
    public string? IdNumber(string? cipher, string? storedMask) => audience switch
    {
        PersonalDataAudience.Owner => cipher is null ? null : protector.Reveal(cipher),
        PersonalDataAudience.OwnSchool => cipher is null ? storedMask : Masking.IdNumberForSchool(protector.Reveal(cipher)),
        _ => storedMask,
    };

    /// <summary>The phone stays masked for every administrator: the issue grants the school names and ID numbers, not phones.</summary>
    public string Phone(string phone) => audience == PersonalDataAudience.Owner ? phone : Masking.Phone(phone);
}
