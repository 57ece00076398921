import { describe, expect, it } from 'vitest';
import type { RuleCourseView, RuleSet } from '../../api/xueshi-client';
import { formFieldOf, parseFieldPath, placeFieldErrors, toForm, toRuleSet } from './creditRules';
import { courseRuleText } from './ruleSummary';

const courses: RuleCourseView[] = [
  {
    courseId: 'c1', title: '大力弘扬教育家精神',
    resources: [
      { resourceId: 'r1', title: '第一讲', kind: 'video', isExtension: false, durationSeconds: 1800, hasQuiz: true },
      { resourceId: 'r2', title: '第二讲', kind: 'video', isExtension: false, durationSeconds: 1200, hasQuiz: false },
      { resourceId: 'r3', title: '阅读材料', kind: 'text', isExtension: true, hasQuiz: false },
    ],
  },
  { courseId: 'c2', title: '数字素养提升', resources: [] },
  { courseId: 'c3', title: '学习宣传贯彻党的二十大精神', resources: [] },
];

// 2025 summer's first course (2 h, per resource) and the 2023 winter 二十大 reading (1 h per 45 minutes, capped at 2).
const ruleSet: RuleSet = {
  description: '每门课程按资源认定',
  requiredTotalHours: 10,
  minutesPerHour: 45,
  creditWaitsForCompleteProfile: false,
  creditWaitsForVerification: true,
  roleRequirements: [{ role: 'headTeacher', minLessons: 10, minHours: 10, maxHours: 20 }],
  courses: [
    {
      courseId: 'c1', requiredHours: 2, maxHours: 2, quizzesGate: true, courseTestGates: false, isExtension: false,
      basis: { kind: 'perResource', resourceHours: [{ resourceId: 'r2', hours: 1.5 }], defaultResourceHours: 1 },
    },
    {
      courseId: 'c3', requiredHours: 2, maxHours: 2, quizzesGate: false, courseTestGates: false, isExtension: false,
      basis: { kind: 'studyMinutes', thresholds: [{ minutes: 45, hours: 1 }, { minutes: 90, hours: 2 }] },
    },
  ],
};

describe('the rule-set document and the editor form', () => {
  it('gives every course of the program a card, with the rule where there is one', () => {
    const form = toForm(ruleSet, courses);
    expect(form.courses.map((c) => [c.title, c.hasRule])).toEqual([
      ['大力弘扬教育家精神', true],
      ['数字素养提升', false],
      ['学习宣传贯彻党的二十大精神', true],
    ]);
    expect(form.courses[0].resourceHours.map((r) => [r.title, r.hours])).toEqual([['第一讲', null], ['第二讲', 1.5], ['阅读材料', null]]);
    expect(form.courses[0].maxHours).toBe(2);
    expect(form.courses[1].maxHours).toBeNull();
  });

  it('gives back the same document it was opened with', () => {
    expect(toRuleSet(toForm(ruleSet, courses)).ruleSet).toEqual(ruleSet);
  });

  it('starts a program with no rules with a rule per course, 45 minutes to the hour', () => {
    const form = toForm(undefined, courses);
    expect(form.minutesPerHour).toBe(45);
    expect(form.courses.every((c) => c.hasRule)).toBe(true);
    expect(toRuleSet(form).ruleSet.courses).toHaveLength(3);
  });

  it('keeps a rule for a course the program no longer has, so saving does not drop it unseen', () => {
    const stray = { ...ruleSet, courses: [...ruleSet.courses, { ...ruleSet.courses[1], courseId: 'gone' }] };
    const form = toForm(stray, courses);
    expect(form.courses[3]).toMatchObject({ courseId: 'gone', inProgram: false, hasRule: true });
    expect(toRuleSet(form).ruleSet.courses.map((c) => c.courseId)).toEqual(['c1', 'c3', 'gone']);
  });

  it('sends only the basis part the chosen kind names', () => {
    const form = toForm(ruleSet, courses);
    form.courses[0].kind = 'perLesson';
    form.courses[0].hoursPerLesson = 1;
    expect(toRuleSet(form).ruleSet.courses[0].basis).toEqual({ kind: 'perLesson', hoursPerLesson: 1 });
  });

  it('leaves out the cap and the program maximum when they are empty', () => {
    const form = toForm(ruleSet, courses);
    form.courses[0].maxHours = null;
    const doc = toRuleSet(form).ruleSet;
    expect(doc.courses[0].maxHours).toBeUndefined();
    expect(doc.maxTotalHours).toBeUndefined();
  });
});

describe('field errors from the server', () => {
  const { index } = toRuleSet(toForm(ruleSet, courses));

  it('reads the paths FluentValidation writes, camelCase or not', () => {
    expect(parseFieldPath('courses[1].maxHours')).toEqual(['courses', 1, 'maxHours']);
    expect(parseFieldPath('Courses[1].Basis.Thresholds[0].Minutes')).toEqual(['courses', 1, 'basis', 'thresholds', 0, 'minutes']);
    expect(parseFieldPath('RuleSet.RequiredTotalHours')).toEqual(['requiredTotalHours']);
  });

  it('puts a course error on the card of that course, past the courses without a rule', () => {
    // The document's second course is the form's third card: 数字素养提升 has no rule.
    expect(formFieldOf('courses[1].maxHours', index)).toEqual(['courses', 2, 'maxHours']);
    expect(formFieldOf('courses[1].basis.thresholds[1].hours', index)).toEqual(['courses', 2, 'thresholds', 1, 'hours']);
    // A threshold at fault as a whole (not higher than the one before) shows on its hours.
    expect(formFieldOf('courses[1].basis.thresholds[1]', index)).toEqual(['courses', 2, 'thresholds', 1, 'hours']);
    expect(formFieldOf('courses[1].basis.thresholds', index)).toEqual(['courses', 2, 'kind']);
  });

  it('puts a listed resource\'s error on its row', () => {
    // The document lists only 第二讲, the form's second row.
    expect(formFieldOf('courses[0].basis.resourceHours[0].hours', index)).toEqual(['courses', 0, 'resourceHours', 1, 'hours']);
    expect(formFieldOf('courses[0].basis.defaultResourceHours', index)).toEqual(['courses', 0, 'defaultResourceHours']);
    expect(formFieldOf('courses[0].basis.resourceHours[0].resourceId', index)).toEqual(['courses', 0, 'resourceHours', 1, 'hours']);
  });

  it('puts program, role and whole-course errors where the operator can act on them', () => {
    expect(formFieldOf('requiredTotalHours', index)).toEqual(['requiredTotalHours']);
    expect(formFieldOf('roleRequirements[0].minHours', index)).toEqual(['roleRequirements', 0, 'minHours']);
    expect(formFieldOf('courses[1].courseId', index)).toEqual(['courses', 2, 'hasRule']);
    expect(formFieldOf('courses[5].maxHours', index)).toBeNull();
  });

  it('lists the errors no field shows above the form', () => {
    const placed = placeFieldErrors({ 'courses[0].maxHours': ['上限不能低于认定学时'], courses: ['课程合计达不到结业学时'] }, index);
    expect(placed.onFields).toEqual([{ name: ['courses', 0, 'maxHours'], errors: ['上限不能低于认定学时'] }]);
    expect(placed.elsewhere).toEqual(['课程合计达不到结业学时']);
  });
});

describe('a version in words', () => {
  it('says what a course rule credits and what gates it', () => {
    expect(courseRuleText(ruleSet.courses[0])).toBe('认定 2 学时，最多 2 学时；按资源：每个资源 1 学时，1 个资源单独设定；视频须完成测试题');
    expect(courseRuleText(ruleSet.courses[1])).toBe('认定 2 学时，最多 2 学时；按学习分钟：满 45 分钟 1 学时，满 90 分钟 2 学时');
  });
});
