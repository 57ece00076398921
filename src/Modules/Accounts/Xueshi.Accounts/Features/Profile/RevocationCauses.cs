namespace Xueshi.Accounts.Features.Profile;

/// <summary>The Cause of TeacherVerificationRevoked: who ended the verification.</summary>
internal static class RevocationCauses
{
    public const string RemovedByTeacher = "removedByTeacher";

    public const string RemovedBySchool = "removedBySchool";
}
