namespace Xueshi.Api.Tests.Infrastructure;

/// <summary>
/// The Host outside Development, with the secrets production must be given, on a database a
/// Development host has prepared (accounts registered through its dev SMS inbox).
/// </summary>
internal static class ProductionHost
{
    public static Dictionary<string, string?> Settings(string keysDirectory) => new()
    {
        ["Xueshi:Jwt:SigningKey"] = "production-test-signing-key-0123456789abcdef",
        ["Xueshi:Accounts:IdNumberHashKey"] = "development-only-id-number-hash-key-0123456789",
        ["Xueshi:DataProtection:KeysDirectory"] = keysDirectory,
        ["Xueshi:Certificates:PublicBaseUrl"] = "https://xueshi.example.cn",
    };

    public static XueshiApiFactory Create(string connectionString, string keysDirectory, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var settings = Settings(keysDirectory);
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return new XueshiApiFactory(connectionString, settings, environment: "Production");
    }
}
