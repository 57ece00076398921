using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xueshi.BuildingBlocks.Persistence;
using Xueshi.Enrollment.Domain;

namespace Xueshi.Enrollment.Persistence;

internal sealed class TrainingConfiguration : IEntityTypeConfiguration<Training>
{
    public void Configure(EntityTypeBuilder<Training> builder)
    {
        builder.ToTable("trainings");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Title).HasMaxLength(100);
        builder.Property(t => t.Description).HasMaxLength(4000);
        builder.Property(t => t.Revision).IsConcurrencyToken();
    }
}

internal sealed class TrainingProgramConfiguration : IEntityTypeConfiguration<TrainingProgram>
{
    public void Configure(EntityTypeBuilder<TrainingProgram> builder)
    {
        builder.ToTable("programs");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Title).HasMaxLength(100);
        builder.Property(p => p.Description).HasMaxLength(4000);
        builder.Property(p => p.Audience).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(p => p.Window);
        builder.Ignore(p => p.IsVisibleToTeachers);
        builder.Property(p => p.SchoolSystems).HasJsonConversion();
        builder.Property(p => p.AdmittedIdentities).HasJsonConversion();
        builder.Property(p => p.RequiredProfileFields).HasJsonConversion();
        builder.Property(p => p.Support).HasJsonConversion();
        builder.Property(p => p.Study).HasJsonConversion();
        builder.Property(p => p.Revision).IsConcurrencyToken();
        builder.HasIndex(p => new { p.State, p.StartsOn });
        builder.HasIndex(p => p.TrainingId);
        builder.HasOne<Training>().WithMany().HasForeignKey(p => p.TrainingId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CourseConfiguration : IEntityTypeConfiguration<Course>
{
    public void Configure(EntityTypeBuilder<Course> builder)
    {
        builder.ToTable("courses");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Title).HasMaxLength(100);
        builder.Property(c => c.Description).HasMaxLength(4000);
        builder.Property(c => c.Lecturers).HasJsonConversion();
        builder.Property(c => c.Revision).IsConcurrencyToken();
    }
}

internal sealed class ProgramCourseConfiguration : IEntityTypeConfiguration<ProgramCourse>
{
    public void Configure(EntityTypeBuilder<ProgramCourse> builder)
    {
        builder.ToTable("program_courses");
        builder.HasKey(pc => new { pc.ProgramId, pc.CourseId });
        builder.HasIndex(pc => pc.CourseId);
        builder.HasOne<TrainingProgram>().WithMany().HasForeignKey(pc => pc.ProgramId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Course>().WithMany().HasForeignKey(pc => pc.CourseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<TrainingProgram>().WithMany().HasForeignKey(pc => pc.CarriedFromProgramId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ChapterConfiguration : IEntityTypeConfiguration<Chapter>
{
    public void Configure(EntityTypeBuilder<Chapter> builder)
    {
        builder.ToTable("chapters");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Title).HasMaxLength(100);
        builder.HasIndex(c => new { c.CourseId, c.Position });
        builder.HasOne<Course>().WithMany().HasForeignKey(c => c.CourseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ResourceConfiguration : IEntityTypeConfiguration<Resource>
{
    public void Configure(EntityTypeBuilder<Resource> builder)
    {
        builder.ToTable("resources");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Title).HasMaxLength(100);
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.TextBody).HasMaxLength(200_000);
        builder.Property(r => r.Quiz).HasJsonConversion();
        builder.Ignore(r => r.IsArchived);
        builder.HasIndex(r => new { r.CourseId, r.ChapterId, r.Position });
        builder.HasIndex(r => r.MediaId);
        builder.HasIndex(r => r.DocumentMediaId);
        builder.HasOne<Course>().WithMany().HasForeignKey(r => r.CourseId).OnDelete(DeleteBehavior.Cascade);
        // A chapter with resources is not deleted under them; the handler archives or moves them first.
        builder.HasOne<Chapter>().WithMany().HasForeignKey(r => r.ChapterId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProgramEnrollmentConfiguration : IEntityTypeConfiguration<ProgramEnrollment>
{
    public void Configure(EntityTypeBuilder<ProgramEnrollment> builder)
    {
        builder.ToTable("enrollments");
        // Teacher first, as every learning table: distributable by teacher later, and "my programs" is one range scan.
        builder.HasKey(e => new { e.TeacherId, e.ProgramId });
        builder.HasAlternateKey(e => e.Id);
        builder.HasIndex(e => e.ProgramId);
        builder.HasOne<TrainingProgram>().WithMany().HasForeignKey(e => e.ProgramId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class CourseReviewConfiguration : IEntityTypeConfiguration<CourseReview>
{
    public void Configure(EntityTypeBuilder<CourseReview> builder)
    {
        builder.ToTable("course_reviews");
        builder.HasKey(r => new { r.CourseId, r.TeacherId });
        builder.Property(r => r.Comment).HasMaxLength(500);
        builder.ToTable(t => t.HasCheckConstraint("ck_course_reviews_stars", "stars BETWEEN 1 AND 5"));
        builder.HasIndex(r => new { r.CourseId, r.UpdatedAt });
        builder.HasOne<Course>().WithMany().HasForeignKey(r => r.CourseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CourseLikeConfiguration : IEntityTypeConfiguration<CourseLike>
{
    public void Configure(EntityTypeBuilder<CourseLike> builder)
    {
        builder.ToTable("course_likes");
        builder.HasKey(l => new { l.CourseId, l.TeacherId });
        builder.HasOne<Course>().WithMany().HasForeignKey(l => l.CourseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CatalogChangeConfiguration : IEntityTypeConfiguration<CatalogChange>
{
    public void Configure(EntityTypeBuilder<CatalogChange> builder)
    {
        builder.ToTable("catalog_changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Action).HasMaxLength(40);
        builder.Property(c => c.Summary).HasMaxLength(1000);
        builder.HasIndex(c => new { c.ProgramId, c.At });
        builder.HasIndex(c => new { c.CourseId, c.At });
    }
}
