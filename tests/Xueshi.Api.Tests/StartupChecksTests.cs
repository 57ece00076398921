using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

/// <summary>A production install missing a secret must refuse to start, naming the setting, not fail on first use.</summary>
public sealed class StartupChecksTests
{
    [Theory]
    [InlineData("Xueshi:Jwt:SigningKey", "Xueshi__Jwt__SigningKey")]
    [InlineData("Xueshi:Accounts:IdNumberHashKey", "Xueshi__Accounts__IdNumberHashKey")]
    public void The_host_refuses_to_start_without_a_required_secret(string setting, string environmentVariable)
    {
        // Never reached: the checks run before the database is started.
        using var factory = new XueshiApiFactory("Host=127.0.0.1;Port=1;Database=unused",
            new Dictionary<string, string?> { [setting] = "too-short" });

        var refusal = Assert.ThrowsAny<Exception>(() => factory.Server);

        var message = refusal.ToString();
        Assert.Contains(setting, message, StringComparison.Ordinal);
        Assert.Contains(environmentVariable, message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_host_refuses_to_start_with_the_Aliyun_gateway_half_configured()
    {
        using var factory = new XueshiApiFactory("Host=127.0.0.1;Port=1;Database=unused", new Dictionary<string, string?>
        {
            ["Xueshi:Sms:Provider"] = "Aliyun",
            ["Xueshi:Sms:Aliyun:AccessKeyId"] = "LTAI-id",
            ["Xueshi:Sms:Aliyun:SignName"] = "学时",
        }, environment: "Production");

        var message = Assert.ThrowsAny<Exception>(() => factory.Server).ToString();

        Assert.Contains("Xueshi:Sms:Aliyun:AccessKeySecret", message, StringComparison.Ordinal);
        Assert.Contains("Xueshi__Sms__Aliyun__AccessKeySecret", message, StringComparison.Ordinal);
        Assert.Contains("Xueshi:Sms:Aliyun:Templates:SignIn", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_Development_the_host_refuses_to_start_without_certificate_signing_keys()
    {
        var settings = ProductionHost.Settings(Directory.CreateTempSubdirectory("xueshi-dp-keys-").FullName);
        settings["Xueshi:Certificates:Signing:KeysDirectory"] = "";
        using var factory = new XueshiApiFactory("Host=127.0.0.1;Port=1;Database=unused", settings, environment: "Production");

        var message = Assert.ThrowsAny<Exception>(() => factory.Server).ToString();

        Assert.Contains("Xueshi:Certificates:Signing:KeysDirectory", message, StringComparison.Ordinal);
        Assert.Contains("Xueshi__Certificates__Signing__KeysDirectory", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Outside_Development_a_signing_key_folder_without_a_key_is_refused_too()
    {
        var empty = Directory.CreateTempSubdirectory("xueshi-no-keys-").FullName;
        var settings = ProductionHost.Settings(Directory.CreateTempSubdirectory("xueshi-dp-keys-").FullName);
        settings["Xueshi:Certificates:Signing:KeysDirectory"] = empty;
        using var factory = new XueshiApiFactory("Host=127.0.0.1;Port=1;Database=unused", settings, environment: "Production");

        var message = Assert.ThrowsAny<Exception>(() => factory.Server).ToString();

        Assert.Contains($"({empty}) holds no <kid>.pem signing key", message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(empty));
    }

    [Fact]
    public void Outside_Development_the_host_refuses_to_start_without_the_certificate_fonts()
    {
        var missing = Path.Combine(Path.GetTempPath(), "xueshi-no-such-font", "NotoSansCJK-Regular.ttc");
        var settings = ProductionHost.Settings(Directory.CreateTempSubdirectory("xueshi-dp-keys-").FullName);
        settings["Xueshi:Certificates:Pdf:SansFontPath"] = missing;
        using var factory = new XueshiApiFactory("Host=127.0.0.1;Port=1;Database=unused", settings, environment: "Production");

        var message = Assert.ThrowsAny<Exception>(() => factory.Server).ToString();

        Assert.Contains(missing, message, StringComparison.Ordinal);
        Assert.Contains("Xueshi__Certificates__Pdf__SansFontPath", message, StringComparison.Ordinal);
        Assert.Contains("fonts-noto-cjk", message, StringComparison.Ordinal);
        // The other face is where Debian puts it: only the missing one is named.
        Assert.DoesNotContain("SerifBoldFontPath", message, StringComparison.Ordinal);
    }
}
