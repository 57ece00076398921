import type { Lecturer } from '../../api/xueshi-client';

// 主讲人 rows as the course form edits them. The limits are the server's (LecturerValidator and
// CourseFieldsValidator in Features/Admin/Courses/CourseFields.cs): checked here first so the
// operator reads which row is wrong before anything is sent.

export const MAX_LECTURERS = 20;
export const LECTURER_LIMITS = { name: 50, title: 50, affiliation: 100 } as const;

export interface LecturerRow {
  /** Only for React keys: lecturers have no id on the server. */
  key: string;
  name: string;
  title: string;
  affiliation: string;
}

let nextKey = 0;

export function newLecturerRow(from?: Lecturer): LecturerRow {
  nextKey += 1;
  return { key: `lecturer-${nextKey}`, name: from?.name ?? '', title: from?.title ?? '', affiliation: from?.affiliation ?? '' };
}

const isBlank = (row: LecturerRow) => !row.name.trim() && !row.title.trim() && !row.affiliation.trim();

/** What is wrong with the rows, in Chinese, naming the row (第2位主讲人…); a wholly empty row is ignored. */
export function lecturerProblems(rows: LecturerRow[]): string[] {
  const problems: string[] = [];
  const filled = rows.filter((r) => !isBlank(r));
  if (filled.length > MAX_LECTURERS) problems.push(`主讲人最多${MAX_LECTURERS}位`);
  rows.forEach((row, i) => {
    if (isBlank(row)) return;
    const which = `第${i + 1}位主讲人`;
    const name = row.name.trim();
    if (!name) problems.push(`${which}：请填写姓名`);
    else if ([...name].length > LECTURER_LIMITS.name) problems.push(`${which}：姓名最多${LECTURER_LIMITS.name}个字`);
    if ([...row.title.trim()].length > LECTURER_LIMITS.title) problems.push(`${which}：职称最多${LECTURER_LIMITS.title}个字`);
    if ([...row.affiliation.trim()].length > LECTURER_LIMITS.affiliation) problems.push(`${which}：单位最多${LECTURER_LIMITS.affiliation}个字`);
  });
  return problems;
}

/** The request's lecturers: trimmed, empty rows dropped, blank title or affiliation left out. */
export function toLecturers(rows: LecturerRow[]): Lecturer[] {
  return rows
    .filter((r) => !isBlank(r))
    .map((r) => ({ name: r.name.trim(), title: r.title.trim() || undefined, affiliation: r.affiliation.trim() || undefined }));
}
