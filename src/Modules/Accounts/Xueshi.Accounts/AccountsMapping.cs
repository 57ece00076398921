using Mapster;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Features.GetMe;

namespace Xueshi.Accounts;

/// <summary>The module's own Mapster configuration, kept out of the global one.</summary>
internal static class AccountsMapping
{
    public static readonly TypeAdapterConfig Config = Create();

    private static TypeAdapterConfig Create()
    {
        var config = new TypeAdapterConfig();
        config.NewConfig<Account, MeResponse>()
            .Map(d => d.AccountId, s => s.Id)
            .Map(d => d.Roles, _ => MapContext.Current!.Parameters["roles"])
            .Map(d => d.ConsentRequired, _ => MapContext.Current!.Parameters["consentRequired"])
            .Map(d => d.BasicsRequired, s => s.BasicsPending);
        config.Compile();
        return config;
    }
}
