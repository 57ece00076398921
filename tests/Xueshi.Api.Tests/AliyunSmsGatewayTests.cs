using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Xueshi.Api.Tests.Infrastructure;
using Xueshi.Testing;

namespace Xueshi.Api.Tests;

/// <summary>The Host outside Development, sending codes through 阿里云短信 (a local stub of it), logging everything it logs.</summary>
public sealed class AliyunSmsFixture : IAsyncLifetime
{
    public const string SignName = "学时";
    public const int RetryAfterSeconds = 30;

    public static readonly IReadOnlyDictionary<string, string> Templates = new Dictionary<string, string>
    {
        ["Register"] = "SMS_100000001",
        ["SignIn"] = "SMS_100000002",
        ["ResetPassword"] = "SMS_100000003",
        ["RebindOldPhone"] = "SMS_100000004",
        ["RebindNewPhone"] = "SMS_100000005",
    };

    private XueshiApiFactory? _factory;
    private string _keys = "";

    internal AliyunSmsStub Stub { get; private set; } = null!;

    internal CapturedLogs Logs { get; } = new();

    public string ConnectionString { get; private set; } = "";

    public Xueshi.Host.DevClock.TestClock Clock => (_factory ?? throw new InvalidOperationException("Not started.")).Clock;

    public HttpClient CreateClient() => (_factory ?? throw new InvalidOperationException("Not started.")).CreateClient();

    public async Task InitializeAsync()
    {
        ConnectionString = await ApiDatabase.CreateAsync(nameof(AliyunSmsFixture));
        Stub = await AliyunSmsStub.StartAsync();
        _keys = Directory.CreateTempSubdirectory("xueshi-sms-keys-").FullName;
        var settings = ProductionHost.Settings(_keys);
        settings["Xueshi:Sms:Provider"] = "Aliyun";
        settings["Xueshi:Sms:Aliyun:AccessKeyId"] = AliyunSmsStub.AccessKeyId;
        settings["Xueshi:Sms:Aliyun:AccessKeySecret"] = AliyunSmsStub.AccessKeySecret;
        settings["Xueshi:Sms:Aliyun:SignName"] = SignName;
        settings["Xueshi:Sms:Aliyun:Endpoint"] = Stub.Endpoint.ToString();
        // Short enough for a test, long enough that a busy machine's first connection is not mistaken for a silent provider.
        settings["Xueshi:Sms:Aliyun:AttemptTimeout"] = "00:00:10";
        settings["Xueshi:Sms:Aliyun:TotalTimeout"] = "00:00:20";
        settings["Xueshi:Sms:Aliyun:RetryBackoff"] = "00:00:00.050";
        settings["Xueshi:Sms:Aliyun:RetryAfterSeconds"] = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (purpose, template) in Templates)
        {
            settings[$"Xueshi:Sms:Aliyun:Templates:{purpose}"] = template;
        }

        // Everything at its most talkative, the HttpClient's own loggers included, so the test sees what production could write.
        settings["Logging:LogLevel:Default"] = "Trace";
        settings["Logging:LogLevel:System.Net.Http"] = "Trace";
        settings["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning";
        _factory = new XueshiApiFactory(ConnectionString, settings,
            services => services.AddSingleton<ILoggerProvider>(Logs), environment: "Production");
        _ = _factory.Server;
    }

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        await Stub.DisposeAsync();
        if (ConnectionString.Length > 0)
        {
            await TestDatabases.DropDatabaseAsync(ConnectionString);
        }

        Directory.Delete(_keys, recursive: true);
    }
}

/// <summary>
/// Outside Development codes go out through 阿里云短信: signed as Alibaba checks, with the template of
/// the purpose; its refusals and silences answer 503 with Retry-After, and no code is ever logged.
/// </summary>
public sealed class AliyunSmsGatewayTests(AliyunSmsFixture api) : IClassFixture<AliyunSmsFixture>
{
    [Fact]
    public async Task A_code_reaches_the_provider_signed_and_signs_the_teacher_up_and_in()
    {
        api.Stub.Reset();
        var client = api.CreateClient();
        var phone = TestPhones.Next();

        Assert.Equal(HttpStatusCode.Accepted, (await client.RequestCodeAsync(phone, "register")).StatusCode);
        var register = Assert.Single(api.Stub.Received);
        AssertSent(register, phone, "Register");
        var (userAgreementVersion, privacyPolicyVersion) = await client.CurrentLegalVersionsAsync();
        var created = await client.PostJsonAsync("/api/v1/accounts",
            new { phone, smsCode = CodeIn(register), password = AccountsApi.Password, identity = "teacher", nickname = "张老师",
                userAgreementVersion, privacyPolicyVersion });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        api.Stub.Reset();
        api.Clock.Advance(TimeSpan.FromSeconds(61));
        Assert.Equal(HttpStatusCode.Accepted, (await client.RequestCodeAsync(phone, "signIn")).StatusCode);
        var signIn = Assert.Single(api.Stub.Received);
        AssertSent(signIn, phone, "SignIn");
        var tokens = await (await client.SignInAsync(phone, smsCode: CodeIn(signIn))).ReadOkAsync<Tokens>();
        Assert.Equal(HttpStatusCode.OK, (await client.GetMeAsync(tokens.AccessToken)).StatusCode);

        AssertNeverLogged(CodeIn(register), CodeIn(signIn));
    }

    [Fact]
    public async Task A_provider_refusal_answers_503_with_Retry_After_and_is_not_resent()
    {
        api.Stub.Reset();
        api.Stub.ThenError("isv.BUSINESS_LIMIT_CONTROL", "触发号码天级流控Permits:10");
        var client = api.CreateClient();
        var phone = TestPhones.Next();

        var response = await client.RequestCodeAsync(phone, "register");

        var problem = await response.ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("accounts.sms_unavailable", problem.Code);
        Assert.Equal(TimeSpan.FromSeconds(AliyunSmsFixture.RetryAfterSeconds), response.Headers.RetryAfter?.Delta);
        Assert.True(api.Stub.Received.Count == 1, $"{api.Stub.Received.Count} calls; " + string.Join("\n", api.Logs.Lines.Where(l => l.Contains("AliyunSmsSender", StringComparison.Ordinal))));
        Assert.True(Assert.Single(api.Stub.Received).SignatureValid);
        Assert.Contains(api.Logs.Lines, l => l.Contains("isv.BUSINESS_LIMIT_CONTROL", StringComparison.Ordinal));

        // Nothing was sent, so nothing was kept: the teacher may ask again and gets a code.
        Assert.Equal(HttpStatusCode.Accepted, (await client.RequestCodeAsync(phone, "register")).StatusCode);
        AssertNeverLogged([.. api.Stub.Received.Select(CodeIn)]);
    }

    [Fact]
    public async Task A_provider_that_does_not_answer_in_time_answers_503_and_is_not_retried()
    {
        api.Stub.Reset();
        api.Stub.ThenSlow(TimeSpan.FromSeconds(40));
        var client = api.CreateClient();

        var response = await client.RequestCodeAsync(TestPhones.Next(), "register");

        var problem = await response.ReadProblemAsync(HttpStatusCode.ServiceUnavailable);
        Assert.Equal("accounts.sms_unavailable", problem.Code);
        Assert.Equal(TimeSpan.FromSeconds(AliyunSmsFixture.RetryAfterSeconds), response.Headers.RetryAfter?.Delta);
        // It may have gone out: sending it again could put two codes on the teacher's phone.
        Assert.Single(api.Stub.Received);
        Assert.Contains(api.Logs.Lines, l => l.Contains("AliyunSmsSender", StringComparison.Ordinal) && l.Contains("no answer in time", StringComparison.Ordinal));
        AssertNeverLogged([.. api.Stub.Received.Select(CodeIn)]);
    }

    [Fact]
    public async Task Throttling_by_the_provider_is_retried_with_the_same_code()
    {
        api.Stub.Reset();
        api.Stub.ThenError("Throttling.User", "Request was denied due to user flow control.", HttpStatusCode.BadRequest);
        var client = api.CreateClient();
        var phone = TestPhones.Next();

        Assert.Equal(HttpStatusCode.Accepted, (await client.RequestCodeAsync(phone, "register")).StatusCode);

        var calls = api.Stub.Received.ToArray();
        Assert.Equal(2, calls.Length);
        Assert.All(calls, c => AssertSent(c, phone, "Register"));
        Assert.Equal(CodeIn(calls[0]), CodeIn(calls[1]));
        Assert.NotEqual(calls[0].Parameters["SignatureNonce"], calls[1].Parameters["SignatureNonce"]);
    }

    [Fact]
    public async Task A_number_the_provider_rejects_answers_400()
    {
        api.Stub.Reset();
        api.Stub.ThenError("isv.MOBILE_NUMBER_ILLEGAL", "非法手机号");
        var client = api.CreateClient();

        var problem = await (await client.RequestCodeAsync(TestPhones.Next(), "register")).ReadProblemAsync(HttpStatusCode.BadRequest);

        Assert.Equal("accounts.sms_phone_rejected", problem.Code);
        Assert.Single(api.Stub.Received);
    }

    private static void AssertSent(StubSms sms, string phone, string purpose)
    {
        Assert.True(sms.SignatureValid, "The stub could not verify the signature.");
        // A POST with a form body: the code is never in a URL, where proxies and access logs keep it.
        Assert.Equal("POST", sms.Method);
        Assert.Equal("", sms.QueryString);
        Assert.Equal(phone, sms.Phone);
        Assert.Equal(AliyunSmsFixture.Templates[purpose], sms.TemplateCode);
        Assert.Equal(AliyunSmsFixture.SignName, sms.SignName);
        Assert.Equal("JSON", sms.Parameters["Format"]);
        using var param = JsonDocument.Parse(sms.TemplateParam);
        Assert.Equal(["code"], param.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Matches(@"^\d{6}$", CodeIn(sms));
    }

    private static string CodeIn(StubSms sms)
    {
        using var param = JsonDocument.Parse(sms.TemplateParam);
        return param.RootElement.GetProperty("code").GetString()!;
    }

    private void AssertNeverLogged(params string[] codes)
    {
        var lines = api.Logs.Lines;
        // The capture saw the requests that sent the codes (ASP.NET Core's trace of each), so the absences
        // below are about what those requests wrote, whichever tests ran before.
        Assert.Contains(lines, l => l.Contains("Microsoft.AspNetCore", StringComparison.Ordinal)
            && l.Contains("/api/v1/auth/sms-codes", StringComparison.Ordinal));
        Assert.NotEmpty(codes);
        foreach (var code in codes)
        {
            // As a whole token: six digits inside a trace id or a hash are not the code.
            var token = new System.Text.RegularExpressions.Regex($"(?<![0-9A-Za-z]){code}(?![0-9A-Za-z])");
            Assert.DoesNotContain(lines, l => token.IsMatch(l));
        }

        Assert.DoesNotContain(lines, l => l.Contains("TemplateParam", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(AliyunSmsStub.AccessKeySecret, StringComparison.Ordinal));
    }
}
