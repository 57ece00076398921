using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Xueshi.Accounts.Sms.Aliyun;

namespace Xueshi.Accounts.Sms;

/// <summary>
/// Picks the sender from Xueshi:Sms:Provider: Development (the dev inbox), Aliyun (阿里云短信), or
/// nothing (every code request answers 503). Another provider (Tencent Cloud) is one more branch here.
/// </summary>
internal static class SmsRegistration
{
    public const string ProviderSetting = "Xueshi:Sms:Provider";
    public const string Development = "Development";
    public const string Aliyun = "Aliyun";

    public static IServiceCollection AddSmsSender(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<SmsLimitsOptions>().Bind(configuration.GetSection(SmsLimitsOptions.Section));
        var provider = configuration[ProviderSetting];
        if (Is(provider, Development))
        {
            services.AddSingleton<DevelopmentSmsSender>();
            services.AddSingleton<ISmsSender>(sp => sp.GetRequiredService<DevelopmentSmsSender>());
        }
        else if (Is(provider, Aliyun))
        {
            services.AddOptions<AliyunSmsOptions>().Bind(configuration.GetSection(AliyunSmsOptions.Section));
            // The default HttpClient loggers write every request URL at Information; none of them here.
            services.AddHttpClient(AliyunSmsSender.HttpClientName, c => c.Timeout = Timeout.InfiniteTimeSpan).RemoveAllLoggers();
            services.AddSingleton<ISmsSender, AliyunSmsSender>();
        }
        else
        {
            services.AddSingleton<ISmsSender, UnconfiguredSmsSender>();
        }

        return services;
    }

    /// <summary>A gateway missing a setting refuses to start, naming it, rather than failing on the first code.</summary>
    public static IEnumerable<string> ConfigurationProblems(IConfiguration configuration)
    {
        var provider = configuration[ProviderSetting];
        if (Is(provider, Aliyun))
        {
            var aliyun = configuration.GetSection(AliyunSmsOptions.Section).Get<AliyunSmsOptions>() ?? new AliyunSmsOptions();
            return aliyun.Problems();
        }

        if (!string.IsNullOrWhiteSpace(provider) && !Is(provider, Development))
        {
            return [$"{ProviderSetting} must be {Aliyun}, {Development} or empty, not '{provider}' (environment variable Xueshi__Sms__Provider)."];
        }

        return [];
    }

    private static bool Is(string? provider, string name) => string.Equals(provider?.Trim(), name, StringComparison.OrdinalIgnoreCase);
}
