using System.Security.Cryptography;

namespace Xueshi.Api.Tests.Infrastructure;

/// <summary>
/// One certificate signing key for the whole test run, in a throwaway folder, as production is given one
/// (Xueshi:Certificates:Signing:KeysDirectory): no test host generates keys into the checkout's .data/.
/// </summary>
public static class TestSigningKeys
{
    public const string KeyId = "test-2026-11";

    private static readonly Lazy<string> Folder = new(() =>
    {
        var directory = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "xueshi-certificate-keys-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(directory);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        File.WriteAllText(System.IO.Path.Combine(directory, KeyId + ".pem"), key.ExportPkcs8PrivateKeyPem());
        return directory;
    });

    public static string Directory => Folder.Value;
}
