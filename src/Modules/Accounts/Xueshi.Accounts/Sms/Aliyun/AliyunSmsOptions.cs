using Xueshi.Accounts.Domain;

namespace Xueshi.Accounts.Sms.Aliyun;

/// <summary>
/// 阿里云短信 settings, under "Xueshi:Sms:Aliyun" (environment variables Xueshi__Sms__Aliyun__AccessKeyId, …).
/// The sign name and the templates are created and approved in the SMS console (短信服务控制台 → 国内消息).
/// </summary>
internal sealed class AliyunSmsOptions
{
    public const string Section = "Xueshi:Sms:Aliyun";

    public static readonly Uri DefaultEndpoint = new("https://dysmsapi.aliyuncs.com/");

    /// <summary>A RAM user's AccessKey with only the SMS send permission (AliyunDysmsFullAccess or narrower).</summary>
    public string AccessKeyId { get; set; } = "";

    public string AccessKeySecret { get; set; } = "";

    /// <summary>The approved 签名, shown as 【…】 in front of every message.</summary>
    public string SignName { get; set; } = "";

    /// <summary>The API endpoint; tests point it at a local stub.</summary>
    public Uri Endpoint { get; set; } = DefaultEndpoint;

    public string RegionId { get; set; } = "cn-hangzhou";

    /// <summary>One approved 验证码 template per purpose (SMS_123456789), keyed by the purpose's name.</summary>
    public Dictionary<SmsPurpose, string> Templates { get; set; } = [];

    /// <summary>The variable the templates use for the code, as in "您的验证码为${code}".</summary>
    public string TemplateParamName { get; set; } = "code";

    /// <summary>One call to the provider; a slower answer counts as a failure and is not retried (it may have been sent).</summary>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>All attempts together, so a teacher waits at most this long for an answer.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public int MaxAttempts { get; set; } = 3;

    /// <summary>Wait before the first retry; doubled each time.</summary>
    public TimeSpan RetryBackoff { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>What the Retry-After of a 503 says when the provider failed.</summary>
    public int RetryAfterSeconds { get; set; } = 60;

    public IEnumerable<string> Problems()
    {
        if (string.IsNullOrWhiteSpace(AccessKeyId))
        {
            yield return Missing(nameof(AccessKeyId));
        }

        if (string.IsNullOrWhiteSpace(AccessKeySecret))
        {
            yield return Missing(nameof(AccessKeySecret));
        }

        if (string.IsNullOrWhiteSpace(SignName))
        {
            yield return Missing(nameof(SignName));
        }

        if (string.IsNullOrWhiteSpace(TemplateParamName))
        {
            yield return Missing(nameof(TemplateParamName));
        }

        foreach (var purpose in Enum.GetValues<SmsPurpose>())
        {
            if (!Templates.TryGetValue(purpose, out var template) || string.IsNullOrWhiteSpace(template))
            {
                yield return Missing($"{nameof(Templates)}:{purpose}");
            }
        }

        if (!Endpoint.IsAbsoluteUri || Endpoint.Scheme is not ("https" or "http"))
        {
            yield return $"{Section}:{nameof(Endpoint)} must be an absolute http(s) address.";
        }

        if (MaxAttempts < 1 || AttemptTimeout <= TimeSpan.Zero || TotalTimeout <= TimeSpan.Zero)
        {
            yield return $"{Section}: MaxAttempts, AttemptTimeout and TotalTimeout must be positive.";
        }
    }

    private static string Missing(string setting) =>
        $"{Section}:{setting} must be set when Xueshi:Sms:Provider is Aliyun (environment variable {Section.Replace(":", "__", StringComparison.Ordinal)}__{setting.Replace(":", "__", StringComparison.Ordinal)}).";
}
