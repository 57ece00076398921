// A statement as the API answers it (typed by the generated client), for the credit views' tests.
import type { CourseCreditView, ProgramCreditView } from '../../api/xueshi-client';

export const videoCourse: CourseCreditView = {
  courseId: 'c1',
  title: '平台学习规则入门',
  studySeconds: 600,
  creditedHours: 1,
  requiredHours: 2,
  maxHours: 2,
  isExtension: false,
  met: false,
  completedLessons: 1,
  reasons: [{ code: 'credit.course_hours_short', message: '本课程已认定 1 学时，须认定 2 学时' }],
  resources: [
    { resourceId: 'r1', title: '第一讲', kind: 'video', isExtension: false, state: 'completed', percentWatched: 100, studySeconds: 600, counts: true, creditedHours: 1, reasons: [] },
    {
      resourceId: 'r2', title: '第二讲', kind: 'video', isExtension: false, state: 'inProgress', percentWatched: 40, studySeconds: 0, counts: false,
      reasons: [{ code: 'credit.not_complete', message: '视频尚未看完（已观看40%）' }],
    },
  ],
};

export const statement: ProgramCreditView = {
  programId: 'p1',
  title: '演示专题：平台学习规则入门',
  ruleSetVersion: 1,
  rulesDescription: '每门课程须认定 2 学时。',
  evaluatedAt: '2026-11-26T05:00:00Z',
  studySeconds: 3900,
  creditedHours: 1,
  requiredHours: 2,
  hoursMet: false,
  status: 'provisional',
  isComplete: false,
  unmetConditions: [{ code: 'credit.not_verified', message: '学校管理员尚未审核您的身份' }],
  courses: [videoCourse],
};
