using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Xueshi.Accounts.Audit;
using Xueshi.Accounts.DemoData;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Features;
using Xueshi.Accounts.Legal;
using Xueshi.Accounts.Authorization;
using Xueshi.Accounts.Persistence;
using Xueshi.Accounts.Privacy;
using Xueshi.Accounts.Roles;
using Xueshi.Accounts.Sms;
using Xueshi.Accounts.Tokens;
using Xueshi.BuildingBlocks.Modules;
using Xueshi.BuildingBlocks.Persistence;
using Xueshi.BuildingBlocks.Errors;

namespace Xueshi.Accounts;

/// <summary>Accounts, identities, profiles, regions, schools and verification.</summary>
public sealed class AccountsModule : ModuleBase
{
    public override string Name => "Accounts";

    public override string Schema => AccountsDbContext.SchemaName;

    public override IReadOnlyDictionary<string, string> ApiTags => AccountsApiTags.Descriptions;

    public override IEnumerable<ProblemExtension> ProblemExtensions =>
    [
        new("lockedFields", typeof(IReadOnlyList<string>), "With accounts.profile_locked: the profile fields (JSON names) that verification locked " +
            "and the request tried to change; show them as locked."),
        new("userAgreementVersion", typeof(int), "With accounts.legal_versions_outdated: the current 用户协议 version to agree to."),
        new("privacyPolicyVersion", typeof(int), "With accounts.legal_versions_outdated: the current 隐私政策 version to agree to."),
    ];

    protected override void AddPersistence(IServiceCollection services) =>
        services.AddModulePersistence<AccountsDbContext>(Schema);

    protected override void AddModuleServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<IPasswordHasher<Account>, PasswordHasher<Account>>();
        services.AddScoped<SmsCodeVerifier>();
        services.AddSingleton<TokenIssuer>();
        services.AddSingleton<Features.IssueToken.PhoneSignInLimiter>();
        services.AddSingleton<IdNumberProtector>();
        services.AddScoped<AdminScope>();
        services.AddScoped<AuditTrail>();
        AddConsentGate(services);
        services.AddScoped<Privacy.PersonalDataPolicy>();
        services.AddOptions<RoleBootstrapOptions>().Bind(configuration.GetSection(RoleBootstrapOptions.Section));
        services.AddHostedService<RoleBootstrap>();

        services.AddSmsSender(configuration);
    }

    /// <summary>
    /// PIPL: the default authorization policy (every <c>RequireAuthorization()</c>, in every module) also
    /// requires consent to the current legal documents; see <see cref="ConsentHandler"/>.
    /// </summary>
    private static void AddConsentGate(IServiceCollection services)
    {
        services.AddSingleton<CurrentLegalVersions>();
        services.AddSingleton<IAuthorizationHandler, ConsentHandler>();
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, ConsentAwareResultHandler>();
        services.Configure<AuthorizationOptions>(options => options.DefaultPolicy =
            new AuthorizationPolicyBuilder(options.DefaultPolicy).AddRequirements(ConsentRequirement.Instance).Build());
    }

    public override IEnumerable<string> ConfigurationProblems(IConfiguration configuration, IHostEnvironment environment)
    {
        if (System.Text.Encoding.UTF8.GetByteCount(configuration[IdNumberProtector.HashKeySetting] ?? "") < 32)
        {
            yield return $"{IdNumberProtector.HashKeySetting} must be set to a secret of at least 32 bytes (Xueshi__Accounts__IdNumberHashKey).";
        }

        foreach (var problem in SmsRegistration.ConfigurationProblems(configuration))
        {
            yield return problem;
        }
    }

    public override Task SeedDemoDataAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        AccountsDemoData.SeedAsync(services, cancellationToken);
}
