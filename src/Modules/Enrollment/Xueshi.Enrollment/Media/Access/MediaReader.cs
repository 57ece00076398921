using Xueshi.BuildingBlocks.Identity;

namespace Xueshi.Enrollment.Media.Access;

/// <summary>Who asks to read a media file: an account, and whether it reads as an operator.</summary>
internal sealed record MediaReader(Guid AccountId, bool IsOperator)
{
    public static MediaReader From(ICurrentUser user) => new(user.RequireAccountId(), user.IsInRole(MediaRoles.Operator));
}

internal static class MediaRoles
{
    /// <summary>The role name as the access token carries it.</summary>
    public const string Operator = "operator";
}
