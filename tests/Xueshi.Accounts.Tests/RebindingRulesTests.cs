using System.Text;
using Xueshi.Accounts.Contracts;
using Xueshi.Accounts.Domain;
using Xueshi.Accounts.Features.Rebinding;
using Xueshi.Accounts.Features.SubmitPhoneRebindRequest;

namespace Xueshi.Accounts.Tests;

public sealed class RebindingRulesTests
{
    [Fact]
    public void Photos_are_known_by_their_first_bytes()
    {
        Assert.Equal("image/png", IdPhoto.ContentTypeOf([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]));
        Assert.Equal("image/jpeg", IdPhoto.ContentTypeOf([0xFF, 0xD8, 0xFF, 0xE1, 0, 0]));
        Assert.Null(IdPhoto.ContentTypeOf(Encoding.UTF8.GetBytes("\x89PNG but really text")));
        Assert.Null(IdPhoto.ContentTypeOf(Encoding.UTF8.GetBytes("GIF89a")));
        Assert.Null(IdPhoto.ContentTypeOf([]));
    }

    [Theory]
    [InlineData("residentId", true)]
    [InlineData("ResidentId", true)]
    [InlineData("passport", true)]
    [InlineData("0", false)]
    [InlineData("alien", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Id_types_parse_by_name_only(string? value, bool ok) => Assert.Equal(ok, IdTypes.TryParse(value, out _));

    [Fact]
    public void Only_resident_ID_numbers_are_held_to_the_check_digit()
    {
        var today = new DateOnly(2026, 1, 1);
        Assert.True(IdTypes.IsValidNumber("residentId", "11010119900307123" + CheckOf("11010119900307123"), today));
        Assert.True(IdTypes.IsValidNumber("residentId", ("11010119900307123" + CheckOf("11010119900307123")).ToLowerInvariant(), today));
        var body = "11010119900307123";
        Assert.False(IdTypes.IsValidNumber("residentId", body + (CheckOf(body) == '0' ? '1' : '0'), today));
        Assert.True(IdTypes.IsValidNumber("passport", "E12345678", today));
        Assert.False(IdTypes.IsValidNumber("passport", "", today));
    }

    [Theory]
    [InlineData(AccountRole.SchoolAdmin, true, false, true)]
    [InlineData(AccountRole.SchoolAdmin, false, false, false)]
    [InlineData(AccountRole.RegionAdmin, false, true, true)]
    [InlineData(AccountRole.RegionAdmin, true, true, false)]
    [InlineData(AccountRole.Operator, false, false, true)]
    [InlineData(AccountRole.Support, false, true, false)]
    public void Role_grants_carry_exactly_the_scope_their_role_needs(AccountRole role, bool school, bool region, bool allowed)
    {
        var create = () => RoleGrant.Create(Guid.NewGuid(), role, school ? Guid.NewGuid() : null, region ? Guid.NewGuid() : null, null, DateTimeOffset.UnixEpoch);
        if (allowed)
        {
            Assert.Equal(role, create().Role);
        }
        else
        {
            Assert.Throws<ArgumentException>(create);
        }
    }

    [Fact]
    public void A_rebinding_request_is_decided_once()
    {
        var request = PhoneRebindRequest.Submit(null, " 张三 ", new ProtectedIdNumber("c", "h", "11**33"), "13900000001", "13900000002", DateTimeOffset.UnixEpoch);
        Assert.Equal("张三", request.RealName);
        request.Reject(Guid.NewGuid(), " 照片不清晰 ", DateTimeOffset.UnixEpoch);
        Assert.Equal("照片不清晰", request.DecisionReason);
        Assert.Throws<InvalidOperationException>(() => request.Approve(Guid.NewGuid(), DateTimeOffset.UnixEpoch));
    }

    private static char CheckOf(string body)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        return "10X98765432"[body.Select((c, i) => (c - '0') * weights[i]).Sum() % 11];
    }
}
