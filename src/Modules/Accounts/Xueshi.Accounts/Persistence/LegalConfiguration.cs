using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Legal;

namespace Xueshi.Accounts.Persistence;

internal sealed class LegalDocumentConfiguration : IEntityTypeConfiguration<LegalDocument>
{
    public void Configure(EntityTypeBuilder<LegalDocument> builder)
    {
        builder.ToTable("legal_documents");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Title).HasMaxLength(LegalDocument.TitleMaxLength);
        builder.Property(d => d.Body).HasMaxLength(LegalDocument.BodyMaxLength);
        // Append-only versions: two operators publishing at once cannot both make version n.
        builder.HasIndex(d => new { d.Kind, d.Version }).IsUnique();
        // Version 1 ships with the schema, so every database (tests, demo, production) has current texts.
        builder.HasData(
            LegalDocument.Seed(LegalTexts.UserAgreementId, LegalDocumentKind.UserAgreement, LegalTexts.UserAgreementTitle, LegalTexts.UserAgreement, LegalTexts.PublishedAt),
            LegalDocument.Seed(LegalTexts.PrivacyPolicyId, LegalDocumentKind.PrivacyPolicy, LegalTexts.PrivacyPolicyTitle, LegalTexts.PrivacyPolicy, LegalTexts.PublishedAt));
    }
}

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> builder)
    {
        builder.ToTable("consents");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(c => new { c.AccountId, c.Kind, c.Version });
        builder.HasOne<Account>().WithMany().HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
