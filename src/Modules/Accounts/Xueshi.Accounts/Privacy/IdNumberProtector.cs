using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Configuration;
using Xueshi.Accounts.Domain;

namespace Xueshi.Accounts.Privacy;

/// <summary>
/// ID numbers at rest: encrypted with ASP.NET Core Data Protection, plus a keyed hash (HMAC-SHA256)
/// so uniqueness and look-ups work without decrypting, plus the mask shown to everyone but the owner.
/// </summary>
internal sealed class IdNumberProtector(IDataProtectionProvider provider, IConfiguration configuration)
{
    public const string HashKeySetting = "Xueshi:Accounts:IdNumberHashKey";

    private readonly IDataProtector _protector = provider.CreateProtector("Xueshi.Accounts.IdNumber.v1");

    private readonly Lazy<byte[]> _hashKey = new(() =>
    {
        var key = configuration[HashKeySetting];
        if (string.IsNullOrEmpty(key) || Encoding.UTF8.GetByteCount(key) < 32)
        {
            throw new InvalidOperationException($"{HashKeySetting} must be set to a secret of at least 32 bytes (Xueshi__Accounts__IdNumberHashKey).");
        }

        return Encoding.UTF8.GetBytes(key);
    });

    public ProtectedIdNumber Protect(IdDocumentType type, string idNumber)
    {
        var normalized = Normalize(type, idNumber);
        return new ProtectedIdNumber(_protector.Protect(normalized), Hash(type, normalized), Masking.IdNumber(normalized));
    }

    /// <summary>The hash a given number would have, to look it up.</summary>
    public string Hash(IdDocumentType type, string idNumber) =>
        Convert.ToHexString(HMACSHA256.HashData(_hashKey.Value, Encoding.UTF8.GetBytes($"{type}:{Normalize(type, idNumber)}")));

    public string Reveal(string cipher) => _protector.Unprotect(cipher);

    public static string Normalize(IdDocumentType type, string idNumber) =>
        type == IdDocumentType.ResidentId ? ResidentIdNumber.Normalize(idNumber) : idNumber.Trim().ToUpperInvariant();
}
