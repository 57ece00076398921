using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Xueshi.Api.Tests.Infrastructure;

/// <summary>One SendSms call as the stub received it, and whether its signature held.</summary>
internal sealed record StubSms(IReadOnlyDictionary<string, string> Parameters, bool SignatureValid, string Method, string QueryString)
{
    public string Phone => Parameters.GetValueOrDefault("PhoneNumbers", "");

    public string TemplateCode => Parameters.GetValueOrDefault("TemplateCode", "");

    public string SignName => Parameters.GetValueOrDefault("SignName", "");

    public string TemplateParam => Parameters.GetValueOrDefault("TemplateParam", "");
}

/// <summary>
/// A stand-in for dysmsapi.aliyuncs.com on a real local port (5400-5499): it recomputes each request's
/// signature from the AccessKeySecret with its own implementation of Alibaba's documented algorithm and
/// answers with Alibaba's documented bodies; tests script the next answers (an error, a slow answer).
/// </summary>
internal sealed class AliyunSmsStub : IAsyncDisposable
{
    public const string AccessKeyId = "LTAI-test-key-id";
    public const string AccessKeySecret = "test-access-key-secret-不要泄露";

    private readonly WebApplication _app;
    private readonly ConcurrentQueue<Func<HttpContext, Task>> _script = new();

    private AliyunSmsStub(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    public Uri Endpoint { get; }

    public ConcurrentQueue<StubSms> Received { get; } = new();

    public static async Task<AliyunSmsStub> StartAsync()
    {
        var start = RandomNumberGenerator.GetInt32(0, 100);
        for (var i = 0; i < 100; i++)
        {
            var port = 5400 + ((start + i) % 100);
            var builder = WebApplication.CreateSlimBuilder();
            builder.Logging.ClearProviders();
            builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
            var app = builder.Build();
            var stub = new AliyunSmsStub(app, new Uri($"http://127.0.0.1:{port}/"));
            app.Map("/", stub.HandleAsync);
            try
            {
                await app.StartAsync();
                return stub;
            }
            catch (IOException)
            {
                await app.DisposeAsync();
            }
        }

        throw new InvalidOperationException("No free port in 5400-5499 for the SMS stub.");
    }

    /// <summary>The next call gets this documented error body (SendSms answers most of them with HTTP 200).</summary>
    public void ThenError(string code, string message, HttpStatusCode status = HttpStatusCode.OK) =>
        _script.Enqueue(context => Write(context, status, $$"""{"Code":"{{code}}","Message":"{{message}}","RequestId":"{{Guid.NewGuid()}}"}"""));

    /// <summary>The next call waits this long before answering OK (or until the caller gives up).</summary>
    public void ThenSlow(TimeSpan delay) =>
        _script.Enqueue(async context =>
        {
            try
            {
                await Task.Delay(delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            await Ok(context);
        });

    public void Reset()
    {
        _script.Clear();
        Received.Clear();
    }

    private async Task HandleAsync(HttpContext context)
    {
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in context.Request.Query)
        {
            parameters[key] = value.ToString();
        }

        if (context.Request.HasFormContentType)
        {
            foreach (var (key, value) in await context.Request.ReadFormAsync())
            {
                parameters[key] = value.ToString();
            }
        }

        var valid = parameters.TryGetValue("Signature", out var signature)
                    && parameters.GetValueOrDefault("AccessKeyId") == AccessKeyId
                    && signature == Sign(context.Request.Method, parameters);
        Received.Enqueue(new StubSms(parameters, valid, context.Request.Method, context.Request.QueryString.Value ?? ""));

        if (!valid)
        {
            await Write(context, HttpStatusCode.BadRequest,
                """{"Code":"SignatureDoesNotMatch","Message":"Specified signature is not matched with our calculation.","RequestId":"00000000-0000-0000-0000-000000000000"}""");
            return;
        }

        if (parameters.GetValueOrDefault("Action") != "SendSms" || parameters.GetValueOrDefault("Version") != "2017-05-25"
            || parameters.GetValueOrDefault("SignatureMethod") != "HMAC-SHA1" || parameters.GetValueOrDefault("SignatureVersion") != "1.0")
        {
            await Write(context, HttpStatusCode.BadRequest, """{"Code":"InvalidParameter","Message":"Action, Version or signature method","RequestId":"1"}""");
            return;
        }

        if (_script.TryDequeue(out var next))
        {
            await next(context);
            return;
        }

        await Ok(context);
    }

    private static Task Ok(HttpContext context) =>
        Write(context, HttpStatusCode.OK,
            $$"""{"Code":"OK","Message":"OK","BizId":"9006197469364984400^0","RequestId":"{{Guid.NewGuid()}}"}""");

    private static async Task Write(HttpContext context, HttpStatusCode status, string json)
    {
        context.Response.StatusCode = (int)status;
        context.Response.ContentType = "application/json;charset=utf-8";
        await context.Response.WriteAsync(json);
    }

    // Written apart from the production code on purpose: Alibaba's documented algorithm, with .NET's
    // RFC 3986 escaping (which leaves exactly A-Z a-z 0-9 - _ . ~ alone).
    private static string Sign(string method, Dictionary<string, string> parameters)
    {
        var canonical = string.Join("&", parameters.Where(p => p.Key != "Signature").OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => Uri.EscapeDataString(p.Key) + "=" + Uri.EscapeDataString(p.Value)));
        var stringToSign = method + "&" + Uri.EscapeDataString("/") + "&" + Uri.EscapeDataString(canonical);
        return Convert.ToBase64String(HMACSHA1.HashData(Encoding.UTF8.GetBytes(AccessKeySecret + "&"), Encoding.UTF8.GetBytes(stringToSign)));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
