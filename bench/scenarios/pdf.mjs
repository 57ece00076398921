// Certificate PDFs (issue 11): 100 owners downloading their certificate at once, each download rendered (run.sh turns
// the Host's cache of rendered files off), and GET /health/live measured alone and then WHILE those 100 downloads run:
// rendering must not starve the other requests. The certificate is claimed through the API as a teacher would: the
// demo's verified teacher reads a one-text program (the dev clock stands in for the minute of reading) and confirms.
import { apiClient } from '../lib/api.mjs';
import { measure } from '../lib/load.mjs';

const password = 'Xueshi2026';
const operatorPhone = '13800000015';
const teacherPhone = '13800000001'; // 张老师, verified at her school in the demo data
const downloads = 100;
const liveConnections = 8;

export async function plan({ baseUrl }) {
  const { call, api } = apiClient(baseUrl);
  const signIn = async (phone) => (await api('POST', '/api/v1/auth/tokens', { body: { phone, password } })).accessToken;

  const operator = await signIn(operatorPhone);
  const today = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
  const addDays = (date, days) => new Date(Date.parse(date) + days * 86400 * 1000).toISOString().slice(0, 10);
  let program = await call('POST', '/api/v1/admin/programs', { token: operator, body: {
    title: `证书压测专题 ${Date.now()}`, description: '证书下载压测。', audience: 'basicEducation',
    startsOn: addDays(today, -7), endsOn: addDays(today, 90), certificateDate: addDays(today, -7),
    schoolSystems: { admitted: ['kindergarten', 'primary', 'juniorSecondary', 'seniorSecondary', 'combined', 'specialEducation'], refusalMessage: '仅面向基础教育教师。' },
    admittedIdentities: ['teacher'], requiredProfileFields: [], support: { phone: '400-000-0000', hours: '工作日 9:00-17:00' },
  } });
  const programId = program.body.id;
  let course = await call('POST', '/api/v1/admin/courses', { token: operator, body: { title: '信息化教学设计：从课标到课堂', description: '压测课程。' } });
  const courseId = course.body.id;
  course = await call('POST', `/api/v1/admin/courses/${courseId}/chapters`, { token: operator, ifMatch: course.etag, body: { title: '第一章' } });
  course = await call('POST', `/api/v1/admin/courses/${courseId}/resources`, { token: operator, ifMatch: course.etag, body: {
    chapterId: course.body.chapters[0].id, title: '第一节 阅读', kind: 'text', isExtension: false, textBody: '<p>阅读材料。</p>', minReadingSeconds: 30, studyMinutes: 3,
  } });
  const textId = course.body.chapters[0].resources[0].id;
  program = await call('POST', `/api/v1/admin/programs/${programId}/courses`, { token: operator, ifMatch: program.etag, body: { courseId, position: 0 } });
  await call('POST', `/api/v1/admin/programs/${programId}/publish`, { token: operator, ifMatch: program.etag });
  const rules = await call('GET', `/api/v1/admin/programs/${programId}/credit-rules`, { token: operator });
  const draft = await call('PUT', `/api/v1/admin/programs/${programId}/credit-rules/draft`, { token: operator, ifMatch: rules.etag, body: {
    description: '完成阅读认定 1.5 学时。', requiredTotalHours: 1.5, maxTotalHours: null, minutesPerHour: 45,
    creditWaitsForCompleteProfile: true, creditWaitsForVerification: true, roleRequirements: [],
    courses: [{ courseId, requiredHours: 1.5, maxHours: 1.5, quizzesGate: false, courseTestGates: false, isExtension: false,
      basis: { kind: 'perResource', thresholds: null, resourceHours: [{ resourceId: textId, hours: 1.5 }], defaultResourceHours: 0, hoursPerLesson: null } }],
  } });
  await call('POST', `/api/v1/admin/programs/${programId}/credit-rules/draft/publish`, { token: operator, ifMatch: draft.etag });

  let teacher = await signIn(teacherPhone);
  await api('POST', `/api/v1/programs/${programId}/enrollment`, { token: teacher });
  const playback = await api('POST', `/api/v1/programs/${programId}/resources/${textId}/playbacks`, { token: teacher, body: {} });
  const beat = (sequence, position, event) => api('POST', `/api/v1/playbacks/${playback.playbackId ?? playback.id}/heartbeats`, { token: teacher,
    body: { sequence, positionSeconds: position, playbackRate: 1, playing: true, event } });
  await beat(1, 0, 'play');
  for (let i = 1; i <= 8; i++) {
    await api('PUT', '/api/v1/dev/clock', { body: { advanceSeconds: 5 } });
    await beat(i + 1, i * 5, 'tick');
  }
  teacher = await signIn(teacherPhone);
  const preview = await api('GET', `/api/v1/programs/${programId}/certificate/preview`, { token: teacher });
  const certificate = await api('POST', `/api/v1/programs/${programId}/certificate`, { token: teacher, body: { previewDigest: preview.previewDigest } });
  const pdfUrl = `${baseUrl}/api/v1/me/certificates/${certificate.id}/pdf`;
  const first = await fetch(pdfUrl, { headers: { Authorization: `Bearer ${teacher}` } });
  const bytes = Buffer.from(await first.arrayBuffer());
  if (!first.ok || bytes.subarray(0, 5).toString() !== '%PDF-') throw new Error(`The PDF download failed: ${first.status}`);
  if (process.env.BENCH_DUMP) (await import('node:fs')).writeFileSync(process.env.BENCH_DUMP, bytes);

  const pdfLoad = (seconds) => measure({ url: pdfUrl, headers: { Authorization: `Bearer ${teacher}` }, connections: downloads, seconds });
  const live = (seconds) => measure({ url: `${baseUrl}/health/live`, connections: liveConnections, seconds });
  return {
    connections: liveConnections,
    baseline: 'live',
    endpoints: [
      { key: 'live', label: `GET /health/live (${liveConnections} connections, alone)`, run: live },
      { key: 'pdf', label: `GET …/certificates/{id}/pdf (${downloads} at once)`, run: pdfLoad },
      {
        key: 'liveUnderLoad',
        label: `GET /health/live (${liveConnections}) while ${downloads} PDFs download`,
        // Started together; the downloads run a little longer so every live request meets them.
        run: async (seconds) => (await Promise.all([live(seconds), pdfLoad(seconds + 1)]))[0],
      },
    ],
    figures: (r, base) => [
      { figure: 'pdf.api.rps', value: r.pdf.rps, target: 20, better: 'higher' },
      { figure: 'pdf.api.p50_ms', value: r.pdf.p50, target: null, better: null },
      { figure: 'pdf.api.p99_ms', value: r.pdf.p99, target: null, better: null },
      { figure: 'pdf.api.host_cpu_ms_per_request', value: r.pdf.hostCpuMsPerRequest, target: null, better: null },
      { figure: 'pdf.kb_per_file', value: bytes.length / 1024, target: null, better: null },
      { figure: 'pdf.live.p99_ms', value: base.p99, target: null, better: null },
      { figure: 'pdf.live_under_load.p99_ms', value: r.liveUnderLoad.p99, target: 20, better: 'lower' },
      { figure: 'pdf.live_under_load.rps', value: r.liveUnderLoad.rps, target: null, better: null },
    ],
  };
}
