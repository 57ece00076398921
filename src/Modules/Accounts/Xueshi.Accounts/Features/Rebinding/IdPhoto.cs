namespace Xueshi.Accounts.Features.Rebinding;

/// <summary>
/// Decides what an uploaded ID photo is from its first bytes: the declared content type and file
/// name are the sender's word and prove nothing.
/// </summary>
internal static class IdPhoto
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF];

    /// <summary>image/png, image/jpeg, or null for anything else.</summary>
    public static string? ContentTypeOf(ReadOnlySpan<byte> content) =>
        content.StartsWith(Png) ? "image/png"
        : content.StartsWith(Jpeg) ? "image/jpeg"
        : null;
}
