import { describe, expect, it } from 'vitest';
import { lecturerProblems, MAX_LECTURERS, newLecturerRow, toLecturers } from './lecturers';

const row = (name: string, title = '', affiliation = '') => ({ ...newLecturerRow(), name, title, affiliation });

describe('lecturer rows', () => {
  it('accepts named lecturers and ignores a wholly empty row', () => {
    expect(lecturerProblems([row('王老师', '教授', '北京师范大学'), row('')])).toEqual([]);
  });

  it('names the row whose lecturer has a title but no name', () => {
    expect(lecturerProblems([row('王老师'), row(' ', '教授')])).toEqual(['第2位主讲人：请填写姓名']);
  });

  it('holds each field to the server limits, counting characters not UTF-16 units', () => {
    expect(lecturerProblems([row('王'.repeat(50), '职'.repeat(50), '单'.repeat(100))])).toEqual([]);
    expect(lecturerProblems([row('王'.repeat(51), '职'.repeat(51), '单'.repeat(101))])).toEqual([
      '第1位主讲人：姓名最多50个字',
      '第1位主讲人：职称最多50个字',
      '第1位主讲人：单位最多100个字',
    ]);
    expect(lecturerProblems([row('𠀀'.repeat(50))])).toEqual([]);
  });

  it('refuses more than twenty lecturers', () => {
    const rows = Array.from({ length: MAX_LECTURERS + 1 }, (_, i) => row(`讲师${i}`));
    expect(lecturerProblems(rows)).toEqual(['主讲人最多20位']);
  });

  it('sends trimmed lecturers without empty rows or blank optional fields', () => {
    expect(toLecturers([row(' 王老师 ', ' ', ' 北京师范大学 '), row('')])).toEqual([
      { name: '王老师', title: undefined, affiliation: '北京师范大学' },
    ]);
  });

  it('starts a row from a stored lecturer', () => {
    const r = newLecturerRow({ name: '李老师', title: '副教授' });
    expect(r).toMatchObject({ name: '李老师', title: '副教授', affiliation: '' });
    expect(r.key).not.toBe(newLecturerRow().key);
  });
});
