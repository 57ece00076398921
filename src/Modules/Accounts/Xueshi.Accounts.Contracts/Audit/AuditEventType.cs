namespace Xueshi.Accounts.Contracts.Audit;

/// <summary>What an audit record records (等保 2.0 level 3 security audit, PIPL article 55 records of processing).</summary>
public enum AuditEventType
{
    /// <summary>An administrator or support agent read another person's personal data.</summary>
    PersonalDataRead,

    /// <summary>A sign-in succeeded.</summary>
    SignInSucceeded,

    /// <summary>A sign-in failed: wrong password or SMS code, or an unknown number.</summary>
    SignInFailed,

    /// <summary>Too many failed sign-ins locked the number for a while.</summary>
    SignInLockedOut,

    /// <summary>The account consented to the user agreement and the privacy policy.</summary>
    ConsentGiven,

    /// <summary>An operator granted a role.</summary>
    RoleGranted,

    /// <summary>An operator revoked a role.</summary>
    RoleRevoked,

    /// <summary>A password was set where there was none.</summary>
    PasswordSet,

    /// <summary>A password was reset with an SMS code.</summary>
    PasswordReset,

    /// <summary>The account's phone number changed (换绑), by the owner or on a support agent's approval.</summary>
    PhoneRebound,

    /// <summary>An operator queried the audit trail itself.</summary>
    AuditTrailQueried,
}
