// The progress page (issue 10): a teacher's program progress with its credit, GET /api/v1/programs/{p}/credit,
// for a program of 10 courses and 300 resources, 8 teachers asking at once (each with a connection of
// their own, each with progress on some of the resources), against GET /health/live at the same 8
// connections in the same run. Target: p95 ≤ 20 ms. The program, its rules and the teachers are made
// through the API as an operator and teachers would, so the path measured is the one a phone takes.
import { apiClient } from '../lib/api.mjs';
import { measure } from '../lib/load.mjs';

const password = 'Xueshi2026';
const operatorPhone = '13800000015';
const demoProgramTitle = '演示专题：平台学习规则体验';
const users = 8;
const courses = 10;
const videosPerCourse = 20;
const textsPerCourse = 10;

export async function plan({ baseUrl }) {
  const { call, api } = apiClient(baseUrl);

  const operator = (await api('POST', '/api/v1/auth/tokens', { body: { phone: operatorPhone, password } })).accessToken;
  const media = await demoMedia(api, operator);

  const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
  const addDays = (date, days) => new Date(Date.parse(date) + days * 86400 * 1000).toISOString().slice(0, 10);
  let program = await call('POST', '/api/v1/admin/programs', { token: operator, body: {
    title: `压测专题 ${Date.now()}`, description: '进度页压测：10 门课程，300 个学习资源。', audience: 'basicEducation',
    startsOn: addDays(today, -7), endsOn: addDays(today, 90), certificateDate: addDays(today, 91),
    schoolSystems: { admitted: ['kindergarten', 'primary', 'juniorSecondary', 'seniorSecondary', 'combined', 'specialEducation'], refusalMessage: '仅面向基础教育教师。' },
    admittedIdentities: ['teacher'], requiredProfileFields: [], support: { phone: '400-000-0000', hours: '工作日 9:00-17:00' },
  } });
  const programId = program.body.id;

  const courseRules = [];
  for (let c = 0; c < courses; c++) {
    let course = await call('POST', '/api/v1/admin/courses', { token: operator, body: { title: `压测课程 ${c + 1}`, description: '压测课程。' } });
    const courseId = course.body.id;
    course = await call('POST', `/api/v1/admin/courses/${courseId}/chapters`, { token: operator, ifMatch: course.etag, body: { title: '第一章' } });
    const chapterId = course.body.chapters[0].id;
    for (let r = 0; r < videosPerCourse + textsPerCourse; r++) {
      const resource = r < videosPerCourse
        ? { chapterId, title: `第${r + 1}节 视频`, kind: 'video', isExtension: false, mediaId: media[r % media.length] }
        : { chapterId, title: `第${r + 1}节 阅读`, kind: 'text', isExtension: false, textBody: '<p>阅读材料。</p>', minReadingSeconds: 30, studyMinutes: 3 };
      course = await call('POST', `/api/v1/admin/courses/${courseId}/resources`, { token: operator, ifMatch: course.etag, body: resource });
    }
    program = await call('POST', `/api/v1/admin/programs/${programId}/courses`, { token: operator, ifMatch: program.etag, body: { courseId, position: c } });
    courseRules.push({
      courseId, requiredHours: 1, maxHours: 2, quizzesGate: true, courseTestGates: false, isExtension: false,
      basis: { kind: 'perResource', thresholds: null, resourceHours: null, defaultResourceHours: 0.25, hoursPerLesson: null },
    });
  }
  await call('POST', `/api/v1/admin/programs/${programId}/publish`, { token: operator, ifMatch: program.etag });

  const rules = await call('GET', `/api/v1/admin/programs/${programId}/credit-rules`, { token: operator });
  const draft = await call('PUT', `/api/v1/admin/programs/${programId}/credit-rules/draft`, { token: operator, ifMatch: rules.etag, body: {
    description: '每门课程每个学习资源认定 0.25 学时，每门课程需认定 1 学时、最多认定 2 学时；共需 10 学时。',
    requiredTotalHours: 10, maxTotalHours: null, minutesPerHour: 45, creditWaitsForCompleteProfile: true, creditWaitsForVerification: true,
    roleRequirements: [], courses: courseRules,
  } });
  await call('POST', `/api/v1/admin/programs/${programId}/credit-rules/draft/publish`, { token: operator, ifMatch: draft.etag });

  // Each teacher starts playbacks on a few resources of every course, so the statement has progress rows to join.
  const outline = await api('GET', `/api/v1/admin/programs/${programId}`, { token: operator });
  const legal = await api('GET', '/api/v1/legal-documents');
  const versions = Object.fromEntries(legal.map((d) => [d.kind, d.version]));
  const tokens = [];
  for (let i = 0; i < users; i++) {
    const phone = `1391${String(Date.now() % 10000).padStart(4, '0')}${String(i).padStart(3, '0')}`;
    await api('POST', '/api/v1/auth/sms-codes', { body: { phone, purpose: 'register' } });
    const messages = await api('GET', `/api/v1/dev/sms-messages?phone=${phone}`);
    const code = messages.find((m) => m.purpose.toLowerCase() === 'register').code;
    await api('POST', '/api/v1/accounts', { body: {
      phone, smsCode: code, password, identity: 'teacher', nickname: `进度压测${i + 1}`,
      userAgreementVersion: versions.userAgreement, privacyPolicyVersion: versions.privacyPolicy,
    } });
    const { accessToken } = await api('POST', '/api/v1/auth/tokens', { body: { phone, password } });
    await api('POST', `/api/v1/programs/${programId}/enrollment`, { token: accessToken });
    for (const course of outline.courses) {
      const page = await api('GET', `/api/v1/admin/courses/${course.courseId}`, { token: operator });
      const resources = page.chapters.flatMap((ch) => ch.resources).slice(0, 3 + i);
      for (const resource of resources) {
        await api('POST', `/api/v1/programs/${programId}/resources/${resource.id}/playbacks`, { token: accessToken, body: {} });
      }
    }
    tokens.push(accessToken);
  }
  const first = await api('GET', `/api/v1/programs/${programId}/credit`, { token: tokens[0] });
  // BENCH_DUMP=<file> keeps one statement, to see what the page is sent.
  if (process.env.BENCH_DUMP) (await import('node:fs')).writeFileSync(process.env.BENCH_DUMP, JSON.stringify(first, null, 2));
  const resourceCount = first.courses.reduce((n, c) => n + c.resources.length, 0);
  if (first.courses.length !== courses || resourceCount !== courses * (videosPerCourse + textsPerCourse)) {
    throw new Error(`The statement shows ${first.courses.length} courses and ${resourceCount} resources.`);
  }

  return {
    connections: users,
    baseline: 'live',
    endpoints: [
      { key: 'live', label: `GET /health/live (${users} connections)`, run: (seconds) => measure({ url: `${baseUrl}/health/live`, connections: users, seconds }) },
      { key: 'progress', label: `GET /api/v1/programs/{p}/credit (${users} teachers)`, run: (seconds) => perTeacher(`${baseUrl}/api/v1/programs/${programId}/credit`, tokens, seconds) },
    ],
    figures: (r, base) => [
      { figure: 'progress.live.rps', value: base.rps, target: null, better: null },
      { figure: 'progress.api.rps', value: r.progress.rps, target: null, better: null },
      { figure: 'progress.ratio', value: r.progress.rps / base.rps, target: null, better: null },
      { figure: 'progress.api.p50_ms', value: r.progress.p50, target: null, better: null },
      { figure: 'progress.api.p95_ms', value: r.progress.p95, target: 20, better: 'lower' },
      { figure: 'progress.api.p99_ms', value: r.progress.p99, target: null, better: null },
      { figure: 'progress.live.p95_ms', value: base.p95, target: null, better: null },
      { figure: 'progress.api.host_cpu_ms_per_request', value: r.progress.hostCpuMsPerRequest, target: null, better: null },
    ],
  };
}

/** Video media of the demo program, reused so the big program's videos have real durations. */
async function demoMedia(api, operator) {
  const page = await api('GET', '/api/v1/admin/programs?pageSize=100', { token: operator });
  const demo = page.items.find((p) => p.title === demoProgramTitle);
  if (!demo) throw new Error(`The demo program ${demoProgramTitle} is missing.`);
  const detail = await api('GET', `/api/v1/admin/programs/${demo.id}`, { token: operator });
  const ids = new Set();
  for (const course of detail.courses) {
    const page = await api('GET', `/api/v1/admin/courses/${course.courseId}`, { token: operator });
    for (const resource of page.chapters.flatMap((ch) => ch.resources)) {
      if (resource.kind === 'video' && resource.mediaId && (resource.durationSeconds ?? 0) < 600) ids.add(resource.mediaId);
    }
  }
  if (ids.size === 0) throw new Error('The demo program has no short videos.');
  return [...ids];
}

/**
 * Each teacher on a connection of their own, all at once, each asking for its own statement: one autocannon
 * run whose connections take a teacher each (eight runs of one connection cost the load generator more CPU,
 * taken from the same two cores as the Host).
 */
async function perTeacher(url, tokens, seconds) {
  let next = 0;
  return measure({
    url,
    connections: tokens.length,
    seconds,
    // Accept-Encoding as a phone asks: OkHttp and NSURLSession send gzip by themselves.
    setupClient: (client) => client.setHeaders({ Authorization: `Bearer ${tokens[next++ % tokens.length]}`, 'Accept-Encoding': 'gzip' }),
  });
}
