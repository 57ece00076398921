using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Xueshi.BuildingBlocks.Hosting;
using Xueshi.BuildingBlocks.Modules;
using Xueshi.BuildingBlocks.Persistence;
using Xueshi.Certificates.Documents;
using Xueshi.Certificates.Features.Claims;
using Xueshi.Certificates.Persistence;
using Xueshi.Certificates.Signing;
using Xueshi.BuildingBlocks.Errors;
using Xueshi.Certificates.Features.Views;

namespace Xueshi.Certificates;

/// <summary>Eligibility, claim, PDF, verification, voiding and reissue.</summary>
public sealed class CertificatesModule : ModuleBase
{
    public override string Name => "Certificates";

    public override string Schema => CertificatesDbContext.SchemaName;

    public override IReadOnlyDictionary<string, string> ApiTags => CertificatesApiTags.Descriptions;

    public override IEnumerable<ProblemExtension> ProblemExtensions =>
    [
        new("unmetConditions", typeof(IReadOnlyList<ConditionView>), "With certificates.not_eligible: every condition not yet met, each with " +
            "a stable code and the sentence to show the teacher."),
        new("certificateId", typeof(Guid), "With certificates.already_claimed: the certificate the teacher already holds."),
        new("supersededById", typeof(Guid?), "With certificates.void: the certificate that replaced this one, when there is one."),
        new("lastProgramEndsOn", typeof(DateOnly), "With certificates.date_before_last_window: the last day of the training's last program; " +
            "the certificate date must come after it."),
    ];

    protected override void AddPersistence(IServiceCollection services) =>
        services.AddModulePersistence<CertificatesDbContext>(Schema);

    protected override void AddModuleServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<CertificateOptions>().Bind(configuration.GetSection(CertificateOptions.Section));
        services.AddOptions<CertificateSigningOptions>()
            .Bind(configuration.GetSection(CertificateSigningOptions.Section))
            .PostConfigure<IHostEnvironment>((options, environment) => ResolveKeysDirectory(options, environment));
        services.AddSingleton<CertificateSigningKeys>();
        services.AddSingleton<CertificateSigner>();
        services.AddScoped<CertificateSchemes>();
        services.AddScoped<CertificateStandings>();
        services.AddScoped<CertificateClaims>();
        services.AddScoped<CertificateIssuance>();
        services.AddScoped<Features.SchoolCertificates.SchoolCertificateQueries>();
        services.AddOptions<CertificatePdfOptions>().Bind(configuration.GetSection(CertificatePdfOptions.Section));
        services.AddSingleton<CertificatePdfRenderer>();
        services.AddSingleton<CertificatePdfs>();
    }

    /// <summary>
    /// Outside Development the signing keys must be configured (a key generated on a server would vanish with it), and
    /// the fonts must be there: a server without them would fail every download, not its start.
    /// </summary>
    public override IEnumerable<string> ConfigurationProblems(IConfiguration configuration, IHostEnvironment environment)
    {
        var options = new CertificateSigningOptions();
        configuration.GetSection(CertificateSigningOptions.Section).Bind(options);
        ResolveKeysDirectory(options, environment);
        if (CertificateSigningKeys.Problem(options) is { } problem)
        {
            yield return problem;
        }

        var certificates = new CertificateOptions();
        configuration.GetSection(CertificateOptions.Section).Bind(certificates);
        if (!Uri.TryCreate(CertificatePdfs.BaseUrl(certificates, environment), UriKind.Absolute, out var baseUrl) || baseUrl.Scheme is not ("https" or "http"))
        {
            yield return $"{CertificateOptions.Section}:PublicBaseUrl must be the site's public address, e.g. https://xueshi.example.cn " +
                "(Xueshi__Certificates__PublicBaseUrl): every certificate's QR code points at its verification page there.";
        }

        if (!environment.IsDevelopment())
        {
            var pdf = new CertificatePdfOptions();
            configuration.GetSection(CertificatePdfOptions.Section).Bind(pdf);
            foreach (var (setting, path) in new[] { (nameof(pdf.SansFontPath), pdf.SansFontPath), (nameof(pdf.SerifBoldFontPath), pdf.SerifBoldFontPath) })
            {
                if (string.IsNullOrWhiteSpace(path) || !File.Exists(path))
                {
                    yield return $"The certificate font '{path}' ({CertificatePdfOptions.Section}:{setting}, Xueshi__Certificates__Pdf__{setting}) " +
                        $"does not exist: install the Debian package {CertificatePdfOptions.FontPackage} or set it to a Noto CJK collection.";
                }
            }
        }
    }

    // The embedded default (Development, no folder configured) keeps a generated key beside the database and the Data
    // Protection keys, under .data/ (never committed).
    private static void ResolveKeysDirectory(CertificateSigningOptions options, IHostEnvironment environment)
    {
        var root = RepositoryRoot.Find(environment.ContentRootPath);
        if (string.IsNullOrWhiteSpace(options.KeysDirectory))
        {
            options.GenerateWhenMissing = environment.IsDevelopment();
            options.ResolvedDirectory = Path.Combine(root, ".data", "certificate-keys");
        }
        else
        {
            options.ResolvedDirectory = Path.GetFullPath(options.KeysDirectory, root);
            options.GenerateWhenMissing = environment.IsDevelopment() && options.GenerateWhenMissing;
        }
    }
}
