using Xueshi.Accounts;
using Xueshi.BuildingBlocks.Modules;
using Xueshi.Certificates;
using Xueshi.CreditRules;
using Xueshi.Enrollment;
using Xueshi.Host.Composition;
using Xueshi.LearningProgress;

IModule[] modules =
[
    new AccountsModule(),
    new EnrollmentModule(),
    new LearningProgressModule(),
    new CreditRulesModule(),
    new CertificatesModule(),
];

var builder = WebApplication.CreateBuilder(args);
builder.AddXueshi(modules);

var app = builder.Build();
app.UseXueshi(modules);
app.Run();

/// <summary>The entry point, visible to the API tests' WebApplicationFactory.</summary>
public partial class Program;
