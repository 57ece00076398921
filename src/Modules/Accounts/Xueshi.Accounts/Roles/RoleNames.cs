using System.Text.Json;
using Xueshi.Accounts.Contracts;

namespace Xueshi.Accounts.Roles;

/// <summary>Role claim values in access tokens: the camelCase role names the API also shows.</summary>
internal static class RoleNames
{
    public static string Of(AccountRole role) => JsonNamingPolicy.CamelCase.ConvertName(role.ToString());
}
