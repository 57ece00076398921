using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;

// Usage: dotnet run --project tools/MigrationScaffolder -- <Module> <MigrationName>
// Writes the migration into src/Modules/<Module>/Xueshi.<Module>/Persistence/Migrations, made internal
// like everything else in a module.
if (args.Length != 2)
{
    Console.Error.WriteLine("usage: <Module> <MigrationName>   modules: " + string.Join(", ", Contexts.Names));
    return 2;
}

var (module, name) = (args[0], args[1]);
using var context = Contexts.Create(module);
var root = FindRoot();
var projectDir = Path.Combine(root, "src", "Modules", module, $"Xueshi.{module}");

var services = new ServiceCollection();
services.AddEntityFrameworkDesignTimeServices();
services.AddDbContextDesignTimeServices(context);
// What dotnet-ef itself does: the provider's design-time services are "internal" API by EF's label.
#pragma warning disable EF1001
new Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal.NpgsqlDesignTimeServices().ConfigureDesignTimeServices(services);
#pragma warning restore EF1001
using var provider = services.BuildServiceProvider();

var scaffolder = provider.GetRequiredService<IMigrationsScaffolder>();
var migration = scaffolder.ScaffoldMigration(name, $"Xueshi.{module}", "Persistence.Migrations", "C#");
var files = scaffolder.Save(projectDir, migration, Path.Combine(projectDir, "Persistence", "Migrations"));
foreach (var file in new[] { files.MigrationFile, files.MetadataFile, files.SnapshotFile }.OfType<string>())
{
    File.WriteAllText(file, File.ReadAllText(file).Replace("    public partial class", "    internal partial class"));
    Console.WriteLine(file);
}

return 0;

static string FindRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "Api.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("Run inside the repository.");
}

internal static class Contexts
{
    public static readonly string[] Names = ["Accounts", "Enrollment", "LearningProgress", "CreditRules", "Certificates"];

    public static DbContext Create(string module) => module switch
    {
        "Accounts" => new Xueshi.Accounts.Persistence.AccountsDesignTimeFactory().CreateDbContext([]),
        "Enrollment" => new Xueshi.Enrollment.Persistence.EnrollmentDesignTimeFactory().CreateDbContext([]),
        "LearningProgress" => new Xueshi.LearningProgress.Persistence.LearningProgressDesignTimeFactory().CreateDbContext([]),
        "CreditRules" => new Xueshi.CreditRules.Persistence.CreditRulesDesignTimeFactory().CreateDbContext([]),
        "Certificates" => new Xueshi.Certificates.Persistence.CertificatesDesignTimeFactory().CreateDbContext([]),
        _ => throw new ArgumentException($"Unknown module {module}; one of {string.Join(", ", Names)}"),
    };
}
