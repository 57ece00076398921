using Xueshi.BuildingBlocks.Http;
using Xueshi.Certificates.Features.Admin.SetTrainingCertificate;
using Xueshi.Certificates.Features.ClaimCertificate;

namespace Xueshi.Certificates.Features;

/// <summary>One request body of each use case, for the OpenAPI document; values pass the validators.</summary>
internal sealed class CertificatesRequestExamples : IRequestExamples
{
    public IEnumerable<object> Examples =>
    [
        new ClaimCertificateBody("mV0x3pQe3bJ2kWc9yTq8n1s5u7w0aZ4dF6hK8jL2mN0"),
        new TrainingCertificateBody("2023年寒假教师研修", new DateOnly(2023, 3, 6)),
    ];
}
