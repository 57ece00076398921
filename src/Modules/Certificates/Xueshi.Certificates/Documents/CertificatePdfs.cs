using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xueshi.Certificates.Features.Claims;
using Xueshi.Certificates.Persistence;
using Xueshi.Certificates.Signing;

namespace Xueshi.Certificates.Documents;

/// <summary>
/// A certificate's PDF, rendered from what it stores (the signed data: never Accounts' current data), so the same
/// certificate is the same bytes every time. Renders take turns behind a semaphore sized below the core count: a
/// hundred downloads at once queue here instead of starving every other request of CPU. Rendered files are kept
/// in a bounded memory cache, since the second download of a certificate is common (the teacher, then the school).
/// </summary>
internal sealed class CertificatePdfs : IDisposable
{
    private readonly CertificatePdfRenderer _renderer;
    private readonly IDataProtector _protector;
    private readonly string _baseUrl;
    private readonly SemaphoreSlim _renders;
    private readonly MemoryCache? _cache;

    public CertificatePdfs(CertificatePdfRenderer renderer, IDataProtectionProvider dataProtection, IOptions<CertificateOptions> options, IHostEnvironment environment)
    {
        _renderer = renderer;
        _protector = dataProtection.CreateProtector(CertificateIssuance.SignedDataPurpose);
        _baseUrl = BaseUrl(options.Value, environment);
        _renders = new SemaphoreSlim(Math.Max(1, options.Value.MaxConcurrentRenders));
        // 0 keeps nothing: every download renders (the bench measures rendering that way).
        _cache = options.Value.PdfCacheMegabytes > 0
            ? new MemoryCache(new MemoryCacheOptions { SizeLimit = options.Value.PdfCacheMegabytes * 1024L * 1024L })
            : null;
    }

    /// <summary>The page the QR code opens.</summary>
    public string VerificationUrl(string serial, string code) =>
        $"{_baseUrl}/verify?serial={Uri.EscapeDataString(serial)}&code={Uri.EscapeDataString(code)}";

    public async Task<byte[]> GetAsync(IssuedCertificate certificate, CancellationToken cancellationToken)
    {
        if (_cache is not null && _cache.TryGetValue(certificate.Id, out byte[]? kept) && kept is not null)
        {
            return kept;
        }

        await _renders.WaitAsync(cancellationToken);
        try
        {
            if (_cache is not null && _cache.TryGetValue(certificate.Id, out kept) && kept is not null)
            {
                return kept;
            }

            var signed = _protector.Unprotect(certificate.ProtectedSignedData);
            var data = CanonicalCertificate.Read(CertificateSigner.Open(signed).Canonical);
            var document = new CertificateDocument(
                data.Serial, certificate.VerificationCode, data.Title, data.HolderName, data.IdNumber, data.SchoolName,
                [.. data.Programs.Select(p => new CertificateProgramLine(p.Title, p.Hours, [.. p.Courses.Select(c => new CertificateCourseLine(c.Title, c.Hours))]))],
                data.TotalHours, data.IssuedOn, data.Issuer, VerificationUrl(data.Serial, certificate.VerificationCode), signed);
            var bytes = _renderer.Render(document);
            _cache?.Set(certificate.Id, bytes, new MemoryCacheEntryOptions { Size = bytes.Length, SlidingExpiration = TimeSpan.FromHours(1) });
            return bytes;
        }
        finally
        {
            _renders.Release();
        }
    }

    public void Dispose()
    {
        _renders.Dispose();
        _cache?.Dispose();
    }

    public static string BaseUrl(CertificateOptions options, IHostEnvironment environment) =>
        (string.IsNullOrWhiteSpace(options.PublicBaseUrl) && environment.IsDevelopment() ? CertificateOptions.DevelopmentBaseUrl : options.PublicBaseUrl ?? "")
            .TrimEnd('/');
}
