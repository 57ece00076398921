using System.Text;
using Xueshi.Enrollment.Media.Probing;

namespace Xueshi.Enrollment.Tests;

/// <summary>A file's type comes from its first bytes, whatever its name says.</summary>
public sealed class ContentSnifferTests
{
    public static TheoryData<byte[], string> Signatures => new()
    {
        { [0, 0, 0, 0x20, .. "ftypisom"u8, 0, 0, 2, 0], "Mp4" },
        { [0, 0, 0, 0x18, .. "ftypmp42"u8, 0, 0, 0, 0], "Mp4" },
        { [0x1A, 0x45, 0xDF, 0xA3, 0x9F, 0x42, 0x86, 0x81], "WebM" },
        { [.. "%PDF-1.7\n"u8], "Pdf" },
        { [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D], "Png" },
        { [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F'], "Jpeg" },
    };

    [Theory]
    [MemberData(nameof(Signatures))]
    public void Each_accepted_format_is_told_by_its_magic_bytes(byte[] head, string expected) =>
        Assert.Equal(expected, ContentSniffer.Sniff(head)?.ToString());

    [Theory]
    [InlineData("")]
    [InlineData("GIF89a")]
    [InlineData("RIFF\0\0\0\0AVI ")]
    [InlineData("<html><body>")]
    [InlineData(" %PDF-1.4")]
    [InlineData("ftyp")]
    public void Anything_else_is_not_recognised(string head) =>
        Assert.Null(ContentSniffer.Sniff(Encoding.Latin1.GetBytes(head)));

    [Fact]
    public void A_short_head_is_never_read_past_its_end() =>
        Assert.Null(ContentSniffer.Sniff([0xFF, 0xD8]));

    [Fact]
    public void Mp4_boxes_that_tile_the_file_are_complete_and_a_cut_one_is_not()
    {
        byte[] ftyp = [0, 0, 0, 16, .. "ftypisom"u8, 0, 0, 2, 0];
        byte[] mdat = [0, 0, 0, 24, .. "mdat"u8, .. new byte[16]];
        byte[] whole = [.. ftyp, .. mdat];

        Assert.True(ContainerIntegrity.IsComplete(SniffedFormat.Mp4, new MemoryStream(whole)));
        Assert.False(ContainerIntegrity.IsComplete(SniffedFormat.Mp4, new MemoryStream(whole[..^5])));
    }

    [Fact]
    public void A_WebM_segment_that_runs_past_the_end_of_the_file_is_incomplete()
    {
        // EBML header of 3 bytes of content, then a Segment declaring 10 bytes.
        byte[] header = [0x1A, 0x45, 0xDF, 0xA3, 0x83, 0x42, 0x86, 0x81];
        byte[] segment = [0x18, 0x53, 0x80, 0x67, 0x8A, .. new byte[10]];
        byte[] whole = [.. header, .. segment];

        Assert.True(ContainerIntegrity.IsComplete(SniffedFormat.WebM, new MemoryStream(whole)));
        Assert.False(ContainerIntegrity.IsComplete(SniffedFormat.WebM, new MemoryStream(whole[..^1])));
    }

    [Fact]
    public void A_PDF_without_its_end_marker_is_incomplete()
    {
        var pdf = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n"u8.ToArray();

        Assert.True(ContainerIntegrity.IsComplete(SniffedFormat.Pdf, new MemoryStream(pdf)));
        Assert.False(ContainerIntegrity.IsComplete(SniffedFormat.Pdf, new MemoryStream(pdf[..20])));
    }
}
