// The credit-rule editor's form, and how it maps to and from the rule-set document the API takes.
// The form has one card per course of the program (RuleSetsView.courses, in the program's order) and,
// for 按资源, one row per resource of the course; the document lists only the courses that have a rule
// and only the resources whose hours differ from the default. So a field error the server names by the
// document's path (courses[1].basis.resourceHours[0].hours) is mapped back through the indexes kept here.
import type {
  CourseRule,
  CreditBasisKind,
  RoleRequirement,
  RuleCourseView,
  RuleSet,
  TeacherRole,
} from '../../api/xueshi-client';

export interface ThresholdRow {
  minutes: number | null;
  hours: number | null;
}

export interface ResourceHoursRow {
  resourceId: string;
  title: string;
  /** null: the course's default applies. */
  hours: number | null;
}

export interface CourseRuleForm {
  courseId: string;
  title: string;
  /** false for a rule naming a course the program no longer has (the server will say so). */
  inProgram: boolean;
  /** 为本课程设置认定规则: a course with no rule credits nothing. */
  hasRule: boolean;
  requiredHours: number | null;
  maxHours: number | null;
  kind: CreditBasisKind;
  thresholds: ThresholdRow[];
  resourceHours: ResourceHoursRow[];
  defaultResourceHours: number | null;
  hoursPerLesson: number | null;
  quizzesGate: boolean;
  courseTestGates: boolean;
  isExtension: boolean;
}

export interface RoleRequirementRow {
  role: TeacherRole | null;
  minLessons: number | null;
  minHours: number | null;
  maxHours: number | null;
}

export interface RuleSetForm {
  description: string;
  requiredTotalHours: number | null;
  maxTotalHours: number | null;
  minutesPerHour: number | null;
  creditWaitsForCompleteProfile: boolean;
  creditWaitsForVerification: boolean;
  roleRequirements: RoleRequirementRow[];
  courses: CourseRuleForm[];
}

/** Where each part of a document came from in the form: document index → form index. */
export interface DocumentIndex {
  courses: number[];
  /** Per document course: its document resourceHours index → the form's resource row. */
  resources: number[][];
}

export const DEFAULT_MINUTES_PER_HOUR = 45;

export const BASIS_LABELS: Record<CreditBasisKind, string> = {
  studyMinutes: '按学习分钟',
  perResource: '按资源',
  perLesson: '按节',
};

function newCourseForm(course: RuleCourseView, hasRule: boolean): CourseRuleForm {
  return {
    courseId: course.courseId,
    title: course.title,
    inProgram: true,
    hasRule,
    requiredHours: 0,
    maxHours: null,
    kind: 'perResource',
    thresholds: [{ minutes: DEFAULT_MINUTES_PER_HOUR, hours: 1 }],
    resourceHours: course.resources.map((r) => ({ resourceId: r.resourceId, title: r.title, hours: null })),
    defaultResourceHours: 0,
    hoursPerLesson: 1,
    quizzesGate: false,
    courseTestGates: false,
    isExtension: false,
  };
}

function courseForm(course: RuleCourseView | undefined, rule: CourseRule): CourseRuleForm {
  const base = course
    ? newCourseForm(course, true)
    : { ...newCourseForm({ courseId: rule.courseId, title: `不在本专题中的课程（${rule.courseId}）`, resources: [] }, true), inProgram: false };
  const listed = new Map((rule.basis.resourceHours ?? []).map((r) => [r.resourceId, r.hours]));
  const rows = base.resourceHours.map((row) => ({ ...row, hours: listed.get(row.resourceId) ?? null }));
  // A resource the rule names but the course no longer lists stays visible, so saving does not drop it unseen.
  for (const [resourceId, hours] of listed) {
    if (!rows.some((r) => r.resourceId === resourceId)) rows.push({ resourceId, title: `已不在课程中的资源（${resourceId}）`, hours });
  }
  return {
    ...base,
    requiredHours: rule.requiredHours,
    maxHours: rule.maxHours ?? null,
    kind: rule.basis.kind,
    thresholds: rule.basis.thresholds?.length
      ? rule.basis.thresholds.map((t) => ({ minutes: t.minutes, hours: t.hours }))
      : base.thresholds,
    resourceHours: rows,
    defaultResourceHours: rule.basis.defaultResourceHours ?? (rule.basis.kind === 'perResource' ? 0 : base.defaultResourceHours),
    hoursPerLesson: rule.basis.hoursPerLesson ?? base.hoursPerLesson,
    quizzesGate: rule.quizzesGate,
    courseTestGates: rule.courseTestGates,
    isExtension: rule.isExtension,
  };
}

/** The form for a rule set (the draft, else the published one), or a fresh one when the program has none. */
export function toForm(ruleSet: RuleSet | undefined, courses: RuleCourseView[]): RuleSetForm {
  if (!ruleSet) {
    return {
      description: '',
      requiredTotalHours: 0,
      maxTotalHours: null,
      minutesPerHour: DEFAULT_MINUTES_PER_HOUR,
      creditWaitsForCompleteProfile: false,
      creditWaitsForVerification: false,
      roleRequirements: [],
      courses: courses.map((c) => newCourseForm(c, true)),
    };
  }
  const rules = new Map(ruleSet.courses.map((r) => [r.courseId, r]));
  const inProgram = courses.map((c) => {
    const rule = rules.get(c.courseId);
    return rule ? courseForm(c, rule) : newCourseForm(c, false);
  });
  const strays = ruleSet.courses.filter((r) => !courses.some((c) => c.courseId === r.courseId)).map((r) => courseForm(undefined, r));
  return {
    description: ruleSet.description ?? '',
    requiredTotalHours: ruleSet.requiredTotalHours,
    maxTotalHours: ruleSet.maxTotalHours ?? null,
    minutesPerHour: ruleSet.minutesPerHour,
    creditWaitsForCompleteProfile: ruleSet.creditWaitsForCompleteProfile,
    creditWaitsForVerification: ruleSet.creditWaitsForVerification,
    roleRequirements: ruleSet.roleRequirements.map((r) => ({ ...r })),
    courses: [...inProgram, ...strays],
  };
}

// Required numbers are checked by the form before anything is sent; 0 only stands in for a field the
// form's own rules already refuse.
const num = (value: number | null | undefined) => value ?? 0;
const optional = (value: number | null | undefined) => (value == null ? undefined : value);

function courseRule(course: CourseRuleForm): { rule: CourseRule; resources: number[] } {
  const resources: number[] = [];
  const basis: CourseRule['basis'] = { kind: course.kind };
  if (course.kind === 'studyMinutes') {
    basis.thresholds = course.thresholds.map((t) => ({ minutes: num(t.minutes), hours: num(t.hours) }));
  } else if (course.kind === 'perResource') {
    basis.resourceHours = [];
    course.resourceHours.forEach((row, i) => {
      if (row.hours == null) return;
      basis.resourceHours!.push({ resourceId: row.resourceId, hours: row.hours });
      resources.push(i);
    });
    basis.defaultResourceHours = num(course.defaultResourceHours);
  } else {
    basis.hoursPerLesson = num(course.hoursPerLesson);
  }
  return {
    rule: {
      courseId: course.courseId,
      requiredHours: num(course.requiredHours),
      maxHours: optional(course.maxHours),
      basis,
      quizzesGate: course.quizzesGate,
      courseTestGates: course.courseTestGates,
      isExtension: course.isExtension,
    },
    resources,
  };
}

/** The document to validate, save or preview, with the index to map the server's field errors back. */
export function toRuleSet(form: RuleSetForm): { ruleSet: RuleSet; index: DocumentIndex } {
  const index: DocumentIndex = { courses: [], resources: [] };
  const courses: CourseRule[] = [];
  form.courses.forEach((course, i) => {
    if (!course.hasRule) return;
    const { rule, resources } = courseRule(course);
    courses.push(rule);
    index.courses.push(i);
    index.resources.push(resources);
  });
  const roleRequirements: RoleRequirement[] = form.roleRequirements.map((r) => ({
    role: r.role ?? 'psychologyTeacher',
    minLessons: num(r.minLessons),
    minHours: num(r.minHours),
    maxHours: num(r.maxHours),
  }));
  return {
    ruleSet: {
      description: form.description.trim() ? form.description.trim() : undefined,
      requiredTotalHours: num(form.requiredTotalHours),
      maxTotalHours: optional(form.maxTotalHours),
      minutesPerHour: num(form.minutesPerHour),
      creditWaitsForCompleteProfile: form.creditWaitsForCompleteProfile,
      creditWaitsForVerification: form.creditWaitsForVerification,
      roleRequirements,
      courses,
    },
    index,
  };
}

export type FormFieldName = (string | number)[];

const lowerFirst = (s: string) => (s ? s[0].toLowerCase() + s.slice(1) : s);

/** courses[1].Basis.ResourceHours[0].Hours → ['courses', 1, 'basis', 'resourceHours', 0, 'hours']. */
export function parseFieldPath(path: string): FormFieldName {
  const out: FormFieldName = [];
  for (const part of path.split('.')) {
    const match = /^([^[\]]*)((?:\[\d+\])*)$/.exec(part);
    if (!match) return [];
    if (match[1]) out.push(lowerFirst(match[1]));
    for (const n of match[2].matchAll(/\[(\d+)\]/g)) out.push(Number(n[1]));
  }
  // A request record wrapping the document (SaveDraft.RuleSet) prefixes its paths.
  return out[0] === 'ruleSet' ? out.slice(1) : out;
}

const TOP_FIELDS = new Set(['description', 'requiredTotalHours', 'maxTotalHours', 'minutesPerHour', 'creditWaitsForCompleteProfile', 'creditWaitsForVerification']);
const ROLE_FIELDS = new Set(['role', 'minLessons', 'minHours', 'maxHours']);
const COURSE_FIELDS = new Set(['requiredHours', 'maxHours', 'quizzesGate', 'courseTestGates', 'isExtension']);

/**
 * The form field a server field error names, or null when it names none the form shows (it is then
 * listed above the form). A course-level error with no field of its own lands on the course's
 * 为本课程设置认定规则 switch.
 */
export function formFieldOf(path: string, index: DocumentIndex): FormFieldName | null {
  const p = parseFieldPath(path);
  if (p.length === 1 && typeof p[0] === 'string' && TOP_FIELDS.has(p[0])) return p;
  if (p[0] === 'roleRequirements' && typeof p[1] === 'number') {
    return typeof p[2] === 'string' && ROLE_FIELDS.has(p[2]) ? ['roleRequirements', p[1], p[2]] : ['roleRequirements', p[1], 'role'];
  }
  if (p[0] !== 'courses' || typeof p[1] !== 'number') return null;
  const docCourse = p[1];
  const formCourse = index.courses[docCourse];
  if (formCourse === undefined) return null;
  const rest = p.slice(2);
  const at = (...name: (string | number)[]): FormFieldName => ['courses', formCourse, ...name];
  if (rest.length === 0 || rest[0] === 'courseId') return at('hasRule');
  if (typeof rest[0] === 'string' && COURSE_FIELDS.has(rest[0])) return at(rest[0]);
  if (rest[0] !== 'basis') return null;
  const [part, i, field] = rest.slice(1);
  if (part === undefined || part === 'kind') return at('kind');
  if (part === 'defaultResourceHours' || part === 'hoursPerLesson') return at(part);
  if (part === 'thresholds') {
    if (typeof i !== 'number') return at('kind');
    return at('thresholds', i, field === 'minutes' ? 'minutes' : 'hours');
  }
  if (part === 'resourceHours') {
    if (typeof i !== 'number') return at('defaultResourceHours');
    const row = index.resources[docCourse]?.[i];
    return row === undefined ? null : at('resourceHours', row, 'hours');
  }
  return null;
}

/** Server field errors split into those shown on a form field and those listed above the form. */
export function placeFieldErrors(errors: Record<string, string[]> | undefined, index: DocumentIndex) {
  const onFields = new Map<string, { name: FormFieldName; errors: string[] }>();
  const elsewhere: string[] = [];
  for (const [path, messages] of Object.entries(errors ?? {})) {
    const name = formFieldOf(path, index);
    if (!name) {
      elsewhere.push(...messages);
      continue;
    }
    const key = name.join('.');
    const entry = onFields.get(key) ?? { name, errors: [] };
    entry.errors.push(...messages);
    onFields.set(key, entry);
  }
  return { onFields: [...onFields.values()], elsewhere: [...new Set(elsewhere)] };
}
