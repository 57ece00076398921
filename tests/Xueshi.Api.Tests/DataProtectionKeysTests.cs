using Microsoft.AspNetCore.Mvc.Testing;
using Xueshi.Api.Tests.Infrastructure;

namespace Xueshi.Api.Tests;

/// <summary>The keys that encrypt ID numbers must outlive the process, or every stored ID number is lost.</summary>
public sealed class DataProtectionKeysTests(ApiFixture api) : IClassFixture<ApiFixture>
{
    [Fact]
    public void Outside_Development_the_host_refuses_to_start_without_a_keys_directory()
    {
        var settings = ProductionHost.Settings("unused");
        settings.Remove("Xueshi:DataProtection:KeysDirectory");
        // Never reached: the checks run before the database is started.
        using var factory = new XueshiApiFactory("Host=127.0.0.1;Port=1;Database=unused", settings, environment: "Production");

        var refusal = Assert.ThrowsAny<Exception>(() => factory.Server);

        var message = refusal.ToString();
        Assert.Contains("Xueshi:DataProtection:KeysDirectory", message, StringComparison.Ordinal);
        Assert.Contains("Xueshi__DataProtection__KeysDirectory", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ID_number_written_before_a_restart_is_read_after_it()
    {
        var phone = TestPhones.Next();
        await api.CreateClient().RegisterAsync(phone);
        var (_, schoolId) = await DirectorySeed.CreateSchoolInNewCountyAsync(api.ConnectionString);
        var idNumber = TestIdNumbers.Next();
        var keys = Directory.CreateTempSubdirectory("xueshi-keys-").FullName;

        await using (var before = ProductionHost.Create(api.ConnectionString, keys))
        {
            var client = Https(before);
            var token = (await client.SignInOkAsync(phone)).AccessToken;
            await client.PutProfileOkAsync(token, ProfileApi.CompleteProfile(idNumber, schoolId));
        }

        Assert.NotEmpty(Directory.GetFiles(keys, "key-*.xml"));

        // A new instance: nothing in memory survives, only the database and the keys folder.
        await using var after = ProductionHost.Create(api.ConnectionString, keys);
        var restarted = Https(after);
        var profile = await restarted.GetProfileAsync((await restarted.SignInOkAsync(phone)).AccessToken);

        var read = await profile.ReadOkAsync<System.Text.Json.JsonElement>();
        Assert.Equal(idNumber, read.GetProperty("idNumber").GetString());
    }

    private static HttpClient Https(XueshiApiFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://xueshi.example") });
}
