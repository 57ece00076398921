using Xueshi.Accounts.Contracts;

namespace Xueshi.CreditRules.Domain;

/// <summary>
/// Which role requirement applies to a teacher (psychology 2023): the roles the school verified first; a
/// teacher verified in several meets whichever is met, else is measured against the nearest. A teacher
/// verified in none but claiming a listed role is measured against the claimed one, provisionally.
/// </summary>
internal static class RoleChoice
{
    /// <returns>The requirement and whether the school verified the teacher in it; null when the teacher holds no listed role at all.</returns>
    public static (RoleRequirement Requirement, bool Verified)? Choose(
        IReadOnlyList<RoleRequirement> requirements, TeacherStatus teacher, decimal earned, int lessons, decimal? programMax)
    {
        var verified = requirements.Where(r => IsVerified(r.Role, teacher)).ToList();
        if (verified.Count > 0)
        {
            return (Best(verified, earned, lessons, programMax), true);
        }

        var claimed = requirements.Where(r => IsClaimed(r.Role, teacher)).ToList();
        return claimed.Count > 0 ? (Best(claimed, earned, lessons, programMax), false) : null;
    }

    private static bool IsVerified(TeacherRole role, TeacherStatus teacher) => role switch
    {
        TeacherRole.PsychologyTeacher => teacher.IsVerifiedPsychologyTeacher,
        _ => teacher.IsVerifiedHeadTeacher,
    };

    private static bool IsClaimed(TeacherRole role, TeacherStatus teacher) => role switch
    {
        TeacherRole.PsychologyTeacher => teacher.IsPsychologyTeacher == true,
        _ => teacher.IsHeadTeacher == true,
    };

    /// <summary>A met requirement (crediting the most), else the one with the fewest lessons, then hours, missing.</summary>
    private static RoleRequirement Best(List<RoleRequirement> candidates, decimal earned, int lessons, decimal? programMax)
    {
        decimal Credited(RoleRequirement r) => Math.Min(earned, Math.Min(r.MaxHours, programMax ?? r.MaxHours));
        bool Met(RoleRequirement r) => lessons >= r.MinLessons && Credited(r) >= r.MinHours;

        var met = candidates.Where(Met).OrderByDescending(Credited).FirstOrDefault();
        return met ?? candidates
            .OrderBy(r => Math.Max(0, r.MinLessons - lessons))
            .ThenBy(r => Math.Max(0, r.MinHours - Credited(r)))
            .First();
    }
}
