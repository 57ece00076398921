namespace Xueshi.Enrollment.Media.Probing;

/// <summary>
/// Tells a file's type from its first bytes (its magic number), never from its name or the type a
/// client declared: a PDF renamed film.mp4 is still a PDF.
/// </summary>
internal static class ContentSniffer
{
    /// <summary>How many leading bytes <see cref="Sniff"/> looks at.</summary>
    public const int HeadLength = 16;

    private static ReadOnlySpan<byte> Ebml => [0x1A, 0x45, 0xDF, 0xA3];

    private static ReadOnlySpan<byte> Pdf => "%PDF-"u8;

    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];

    public static SniffedFormat? Sniff(ReadOnlySpan<byte> head)
    {
        if (head.Length >= 12 && head[4..8].SequenceEqual("ftyp"u8))
        {
            return SniffedFormat.Mp4; // ISO base media: MP4, and also QuickTime/3GP brands, which ffprobe then judges by codec
        }

        if (head.StartsWith(Ebml))
        {
            return SniffedFormat.WebM; // EBML: WebM or Matroska; the codecs decide what is accepted
        }

        if (head.StartsWith(Pdf))
        {
            return SniffedFormat.Pdf;
        }

        if (head.StartsWith(Png))
        {
            return SniffedFormat.Png;
        }

        return head.StartsWith(Jpeg) ? SniffedFormat.Jpeg : null;
    }
}
