using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Xueshi.Certificates.Signing;

/// <summary>
/// The signing keys, read once at first use. The private keys never leave this class: the signer asks it to sign and
/// the key list publishes public parts only.
/// </summary>
internal sealed partial class CertificateSigningKeys : IDisposable
{
    private readonly Lazy<Loaded> _loaded;

    public CertificateSigningKeys(IOptions<CertificateSigningOptions> options, TimeProvider clock, ILogger<CertificateSigningKeys> logger) =>
        _loaded = new Lazy<Loaded>(() => Load(options.Value, clock, logger), LazyThreadSafetyMode.ExecutionAndPublication);

    public string ActiveKeyId => _loaded.Value.ActiveKeyId;

    /// <summary>Every key's public half, by key id, in ordinal order.</summary>
    public IReadOnlyList<(string KeyId, ECParameters PublicKey)> PublicKeys => _loaded.Value.PublicKeys;

    /// <summary>ES256 over the bytes with the active key: r and s, 32 bytes each, as JWS wants them.</summary>
    public byte[] SignWithActiveKey(ReadOnlySpan<byte> data)
    {
        var loaded = _loaded.Value;
        var key = loaded.Keys[loaded.ActiveKeyId];
        // An ECDsa instance is not documented as safe for concurrent use; claims are rare enough to take turns.
        lock (key)
        {
            return key.SignData(data, HashAlgorithmName.SHA256, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }
    }

    public void Dispose()
    {
        if (_loaded.IsValueCreated)
        {
            foreach (var key in _loaded.Value.Keys.Values)
            {
                key.Dispose();
            }
        }
    }

    /// <summary>What is wrong with the folder, as a sentence, or null; the Host refuses to start outside Development on one.</summary>
    public static string? Problem(CertificateSigningOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.KeysDirectory) && !options.GenerateWhenMissing)
        {
            return $"{CertificateSigningOptions.Section}:KeysDirectory must name a folder holding the certificates' signing keys " +
                "(Xueshi__Certificates__Signing__KeysDirectory; one EC P-256 private key per <kid>.pem, e.g. made with " +
                "`openssl ecparam -name prime256v1 -genkey -noout | openssl pkcs8 -topk8 -nocrypt`).";
        }

        if (options.GenerateWhenMissing)
        {
            return null;
        }

        var pems = Directory.Exists(options.ResolvedDirectory) ? Directory.GetFiles(options.ResolvedDirectory, "*.pem") : [];
        if (pems.Length == 0)
        {
            return $"{CertificateSigningOptions.Section}:KeysDirectory ({options.ResolvedDirectory}) holds no <kid>.pem signing key.";
        }

        if (options.ActiveKeyId is { Length: > 0 } active && !File.Exists(Path.Combine(options.ResolvedDirectory, active + ".pem")))
        {
            return $"{CertificateSigningOptions.Section}:ActiveKeyId names {active}, but there is no {active}.pem in {options.ResolvedDirectory}.";
        }

        return null;
    }

    private static Loaded Load(CertificateSigningOptions options, TimeProvider clock, ILogger logger)
    {
        if (Problem(options) is { } problem)
        {
            throw new InvalidOperationException(problem);
        }

        var directory = options.ResolvedDirectory;
        if (options.GenerateWhenMissing && (!Directory.Exists(directory) || Directory.GetFiles(directory, "*.pem").Length == 0))
        {
            Generate(directory, clock, logger);
        }

        var keys = new SortedDictionary<string, ECDsa>(StringComparer.Ordinal);
        foreach (var path in Directory.GetFiles(directory, "*.pem"))
        {
            var keyId = Path.GetFileNameWithoutExtension(path);
            if (!KeyIdPattern().IsMatch(keyId))
            {
                throw new InvalidOperationException($"Certificate signing key {path}: a key id is 1-64 letters, digits, '.', '_' or '-'.");
            }

            var key = ECDsa.Create();
            try
            {
                key.ImportFromPem(File.ReadAllText(path));
            }
            catch (Exception e) when (e is ArgumentException or CryptographicException)
            {
                key.Dispose();
                throw new InvalidOperationException($"Certificate signing key {path} is not an EC private key in PEM: {e.Message}", e);
            }

            if (key.KeySize != 256 || key.ExportParameters(false).Curve.Oid.Value != ECCurve.NamedCurves.nistP256.Oid.Value)
            {
                key.Dispose();
                throw new InvalidOperationException($"Certificate signing key {path} is not on the P-256 curve (ES256).");
            }

            keys[keyId] = key;
        }

        var activeKeyId = string.IsNullOrWhiteSpace(options.ActiveKeyId) ? keys.Keys.Last() : options.ActiveKeyId;
        logger.LogInformation("Certificates are signed with key {KeyId}; {Count} key(s) published.", activeKeyId, keys.Count);
        return new Loaded(keys, activeKeyId, [.. keys.Select(k => (k.Key, k.Value.ExportParameters(false)))]);
    }

    private static void Generate(string directory, TimeProvider clock, ILogger logger)
    {
        Directory.CreateDirectory(directory);
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var keyId = $"dev-{clock.GetUtcNow():yyyyMMdd}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}";
        var path = Path.Combine(directory, keyId + ".pem");
        File.WriteAllText(path, key.ExportPkcs8PrivateKeyPem());
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        logger.LogWarning("Generated the development certificate signing key {Path}: for this machine only, never for production.", path);
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    private static partial Regex KeyIdPattern();

    private sealed record Loaded(IReadOnlyDictionary<string, ECDsa> Keys, string ActiveKeyId, IReadOnlyList<(string KeyId, ECParameters PublicKey)> PublicKeys);
}
