using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Persistence;
using Xueshi.Enrollment.Features.Contracts;
using Xueshi.Enrollment.Domain;
using Xueshi.Enrollment.Media;

namespace Xueshi.Enrollment.Persistence;

internal sealed class EnrollmentDbContext(DbContextOptions<EnrollmentDbContext> options) : ModuleDbContext(options)
{
    public const string SchemaName = "enrollment";

    protected override string Schema => SchemaName;

    public DbSet<Training> Trainings => Set<Training>();

    public DbSet<TrainingProgram> Programs => Set<TrainingProgram>();

    public DbSet<Course> Courses => Set<Course>();

    public DbSet<ProgramCourse> ProgramCourses => Set<ProgramCourse>();

    public DbSet<Chapter> Chapters => Set<Chapter>();

    public DbSet<Resource> Resources => Set<Resource>();

    public DbSet<ProgramEnrollment> Enrollments => Set<ProgramEnrollment>();

    public DbSet<CourseReview> CourseReviews => Set<CourseReview>();

    public DbSet<CourseLike> CourseLikes => Set<CourseLike>();

    public DbSet<CatalogChange> CatalogChanges => Set<CatalogChange>();

    public DbSet<MediaFile> MediaFiles => Set<MediaFile>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        var catalogChanged = TouchesCatalog();
        var saved = base.SaveChanges(acceptAllChangesOnSuccess);
        if (catalogChanged)
        {
            ProgramOutlineCache.CatalogChanged();
        }

        return saved;
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var catalogChanged = TouchesCatalog();
        var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (catalogChanged)
        {
            ProgramOutlineCache.CatalogChanged();
        }

        return saved;
    }

    /// <summary>Whether the save changes what an outline shows (programs, their courses, chapters, resources).</summary>
    private bool TouchesCatalog()
    {
        ChangeTracker.DetectChanges();
        return ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted
            && e.Entity is TrainingProgram or ProgramCourse or Course or Chapter or Resource);
    }

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EnrollmentDbContext).Assembly);
}
