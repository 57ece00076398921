using Microsoft.EntityFrameworkCore;
using Xueshi.BuildingBlocks.Persistence;
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

    protected override void ConfigureModel(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(EnrollmentDbContext).Assembly);
}
