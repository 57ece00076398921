using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Xueshi.Accounts.Domain;

namespace Xueshi.Accounts.Sms.Aliyun;

/// <summary>
/// Sends codes through 阿里云短信 (dysmsapi SendSms, 2017-05-25), calling the RPC API directly because
/// its SDK is not served here. https://help.aliyun.com/document_detail/101414.htm (SendSms).
/// The request is a signed POST with a form body, never a GET: the code is a parameter, and a query
/// string ends up in URL logs (the named HttpClient's own loggers are removed as well).
/// A call is retried only when the message surely was not accepted: the connection was never made,
/// the gateway answered 502/503/504, or Alibaba throttled the call. A timeout or an unreadable answer
/// may hide a message that went out, so it is not retried: a teacher never gets two codes for one request.
/// </summary>
internal sealed class AliyunSmsSender(IHttpClientFactory httpClients, IOptions<AliyunSmsOptions> options, TimeProvider clock,
    ILogger<AliyunSmsSender> logger) : ISmsSender
{
    public const string HttpClientName = "aliyun-sms";

    // Alibaba's common error codes for a call refused before it was processed (flow control, service busy).
    private static readonly HashSet<string> RetryableCodes = new(StringComparer.Ordinal)
    {
        "Throttling", "Throttling.Api", "Throttling.User", "ServiceUnavailable",
    };

    // The provider says the number cannot receive the message: the teacher should check it, not wait.
    private static readonly HashSet<string> BadNumberCodes = new(StringComparer.Ordinal)
    {
        "isv.MOBILE_NUMBER_ILLEGAL", "isv.MOBILE_COUNT_OVER_LIMIT",
    };

    public async Task SendCodeAsync(string phone, SmsPurpose purpose, string code, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var total = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        total.CancelAfter(settings.TotalTimeout);
        var http = httpClients.CreateClient(HttpClientName);
        var backoff = settings.RetryBackoff;

        for (var attempt = 1; ; attempt++)
        {
            var outcome = await AttemptAsync(http, settings, phone, purpose, code, total.Token, cancellationToken);
            if (outcome.Sent)
            {
                return;
            }

            var last = attempt >= settings.MaxAttempts;
            logger.LogWarning("Aliyun SMS: a {Purpose} code for {Phone} was not sent (attempt {Attempt}): {Reason}{Retrying}",
                purpose, Mask(phone), attempt, Scrub(outcome.Reason, code), outcome.Retryable && !last ? "; retrying" : "");
            if (outcome.BadNumber)
            {
                throw AccountsErrors.SmsPhoneRejected.ToException();
            }

            if (!outcome.Retryable || last)
            {
                throw Unavailable(settings);
            }

            try
            {
                await Task.Delay(backoff + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 100)), total.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                throw Unavailable(settings);
            }

            backoff *= 2;
        }
    }

    private async Task<Outcome> AttemptAsync(HttpClient http, AliyunSmsOptions settings, string phone, SmsPurpose purpose, string code,
        CancellationToken total, CancellationToken caller)
    {
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(total);
        attempt.CancelAfter(settings.AttemptTimeout);
        using var request = new HttpRequestMessage(HttpMethod.Post, settings.Endpoint)
        {
            Content = new StringContent(Body(settings, phone, purpose, code), Encoding.UTF8, "application/x-www-form-urlencoded"),
        };
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, attempt.Token);
            var body = await response.Content.ReadAsStringAsync(attempt.Token);
            return Read(response.StatusCode, body);
        }
        catch (OperationCanceledException) when (caller.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            return new Outcome(false, false, false, "no answer in time");
        }
        catch (HttpRequestException e) when (e.HttpRequestError is HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError
                                             or HttpRequestError.SecureConnectionError)
        {
            // Nothing reached Alibaba: safe to try again.
            return new Outcome(false, true, false, $"could not connect ({e.HttpRequestError})");
        }
        catch (HttpRequestException e)
        {
            return new Outcome(false, false, false, $"the connection failed during the call ({e.HttpRequestError})");
        }
    }

    private string Body(AliyunSmsOptions settings, string phone, SmsPurpose purpose, string code)
    {
        var parameters = new Dictionary<string, string>
        {
            ["AccessKeyId"] = settings.AccessKeyId,
            ["Action"] = "SendSms",
            ["Format"] = "JSON",
            ["PhoneNumbers"] = phone,
            ["RegionId"] = settings.RegionId,
            ["SignName"] = settings.SignName,
            ["SignatureMethod"] = "HMAC-SHA1",
            ["SignatureNonce"] = Guid.NewGuid().ToString("N"),
            ["SignatureVersion"] = "1.0",
            ["TemplateCode"] = settings.Templates[purpose],
            ["TemplateParam"] = JsonSerializer.Serialize(new Dictionary<string, string> { [settings.TemplateParamName] = code }),
            ["Timestamp"] = clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["Version"] = "2017-05-25",
        };
        var signature = AliyunRpcSignature.Sign("POST", parameters, settings.AccessKeySecret);
        return AliyunRpcSignature.CanonicalizedQuery(parameters) + "&Signature=" + AliyunRpcSignature.PercentEncode(signature);
    }

    private static Outcome Read(HttpStatusCode status, string body)
    {
        string? providerCode = null;
        string? message = null;
        string? requestId = null;
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind == JsonValueKind.Object)
            {
                providerCode = Text(json.RootElement, "Code");
                message = Text(json.RootElement, "Message");
                requestId = Text(json.RootElement, "RequestId");
            }
        }
        catch (JsonException)
        {
        }

        if (providerCode == "OK" && (int)status is >= 200 and < 300)
        {
            return new Outcome(true, false, false, "");
        }

        var reason = $"HTTP {(int)status}, Code {providerCode ?? "(none)"}, Message {message ?? "(none)"}, RequestId {requestId ?? "(none)"}";
        if (providerCode is not null && BadNumberCodes.Contains(providerCode))
        {
            return new Outcome(false, false, true, reason);
        }

        var retryable = (providerCode is not null && RetryableCodes.Contains(providerCode))
                        || (providerCode is null && status is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout);
        return new Outcome(false, retryable, false, reason);
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static Xueshi.BuildingBlocks.Errors.AppException Unavailable(AliyunSmsOptions settings) =>
        AccountsErrors.SmsUnavailable.ToException(new Dictionary<string, object?> { ["retryAfterSeconds"] = settings.RetryAfterSeconds });

    // A provider's message could echo a parameter; the code must never reach a log.
    private static string Scrub(string text, string code) => text.Replace(code, "******", StringComparison.Ordinal);

    private static string Mask(string phone) => phone.Length == 11 ? $"{phone[..3]}****{phone[7..]}" : "***";

    private sealed record Outcome(bool Sent, bool Retryable, bool BadNumber, string Reason);
}
