namespace Xueshi.CreditRules;

/// <summary>What each of the module's OpenAPI tags covers, written once for integrators.</summary>
internal static class CreditRulesApiTags
{
    public const string Credit = "Credit";
    public const string CreditRulesAdmin = "CreditRulesAdmin";

    public static readonly IReadOnlyDictionary<string, string> Descriptions = new Dictionary<string, string>
    {
        [Credit] = "学时认定: the teacher's own program progress in one call: per course and resource, 已学习 (study time), 已认定 " +
            "(credited hours) and 认定学时 (required, and the most credited), met or not, and every reason something is not counted, in " +
            "words. Hours are provisional (待认定) until every condition of the program is met, recognised (已认定) from then on. Each " +
            "answer names the rule-set version it was evaluated with.",
        [CreditRulesAdmin] = "Operators' credit rules (学时认定规则) per program: a rule set is one JSON document (totals, per-course " +
            "basis and caps, gates, role requirements); it is validated at save with field errors, previewed against a real teacher's " +
            "progress, and published. A published version never changes: the next save makes a new draft version.",
    };
}
