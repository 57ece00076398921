using Xueshi.Accounts.Contracts;

namespace Xueshi.CreditRules.Tests.Builders;

/// <summary>Teachers as Accounts reports them.</summary>
internal static class Teachers
{
    /// <summary>Profile complete, verified by the school, no role.</summary>
    public static TeacherStatus Verified() => new(
        Guid.NewGuid(), AccountIdentity.Teacher, true, [], VerificationStatus.Approved, Guid.NewGuid(), SchoolSystem.Primary, false,
        false, false, false, false);

    public static TeacherStatus Pending() => Verified() with { Verification = VerificationStatus.Pending };

    public static TeacherStatus ProfileMissing(params string[] fields) => Verified() with { IsProfileComplete = false, MissingFields = fields };
}
