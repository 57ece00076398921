using Xueshi.BuildingBlocks.Errors;

namespace Xueshi.Accounts.Features.RoleGrants;

/// <summary>Refusals of granting and revoking roles.</summary>
internal static class RoleGrantErrors
{
    public static readonly AppError AlreadyGranted = AppError.Conflict("accounts.role_already_granted",
        "该账号已拥有此角色。", "The account already holds this role with this scope.");

    public static readonly AppError GrantNotFound = AppError.NotFound("accounts.role_grant_not_found",
        "角色授权不存在。", "The role grant does not exist.");

    public static readonly AppError LastOperator = AppError.Conflict("accounts.last_operator",
        "不能撤销最后一位平台运营人员。", "The last operator cannot be revoked; grant the role to someone else first.");
}
